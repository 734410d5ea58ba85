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

        assertThat(bounds.accept(yesterday, SERVER)).isEqualTo(yesterday);
        assertThat(bounds.accept(null, SERVER)).isEqualTo(SERVER);
        assertThat(bounds.accept(SERVER.plusSeconds(120), SERVER)).isEqualTo(SERVER.plusSeconds(120));
    }

    @Test
    void aClockTooFarAheadOrAnActionTooOldIsRefused() {
        assertThatThrownBy(() -> bounds.accept(SERVER.plus(Duration.ofMinutes(6)), SERVER))
                .isInstanceOf(InvalidCaseInput.class).hasMessageContaining("ahead");
        assertThatThrownBy(() -> bounds.accept(SERVER.minus(Duration.ofHours(73)), SERVER))
                .isInstanceOf(InvalidCaseInput.class).hasMessageContaining("older");
    }
}
