package city.gridline.dispatch.cases.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeviceTimeTest {

    private static final Instant SERVER = Instant.parse("2026-11-23T08:00:00Z");
    private final DeviceTime bounds = new DeviceTime(Duration.ofMinutes(5), Duration.ofHours(72));

    @Test
    void anOfflineActionKeepsTheTimeItHappened() {
        Instant yesterday = SERVER.minus(Duration.ofHours(20));

        assertThat(bounds.accept(yesterday, SERVER, null)).isEqualTo(yesterday);
        assertThat(bounds.accept(null, SERVER, null)).isEqualTo(SERVER);
        assertThat(bounds.accept(SERVER.plusSeconds(120), SERVER, null)).isEqualTo(SERVER.plusSeconds(120));
    }

    @Test
    void aClockTooFarAheadOrAnActionTooOldIsRefused() {
        assertThatThrownBy(() -> bounds.accept(SERVER.plus(Duration.ofMinutes(6)), SERVER, null))
                .isInstanceOf(InvalidCaseInput.class).hasMessageContaining("ahead");
        assertThatThrownBy(() -> bounds.accept(SERVER.minus(Duration.ofHours(73)), SERVER, null))
                .isInstanceOf(InvalidCaseInput.class).hasMessageContaining("older");
    }

    @Test
    void anActionCannotPrecedeTheCasesHandingOverToTheTeam() {
        Instant dispatched = SERVER.minus(Duration.ofHours(2));

        assertThatThrownBy(() -> bounds.accept(dispatched.minus(Duration.ofHours(22)), SERVER, dispatched))
                .isInstanceOf(InvalidCaseInput.class).hasMessageContaining("before the case was handed to its team");
        assertThat(bounds.accept(dispatched.minusSeconds(90), SERVER, dispatched))
                .as("a clock a little behind the server's").isEqualTo(dispatched);
        assertThat(bounds.accept(dispatched.plusSeconds(60), SERVER, dispatched)).isEqualTo(dispatched.plusSeconds(60));
    }
}
