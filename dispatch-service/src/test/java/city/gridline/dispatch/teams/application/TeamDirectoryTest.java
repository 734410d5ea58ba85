package city.gridline.dispatch.teams.application;

import city.gridline.dispatch.teams.domain.Member;
import city.gridline.dispatch.teams.domain.Role;
import city.gridline.dispatch.teams.domain.Shift;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class TeamDirectoryTest {

    private static final Instant NOW = Instant.parse("2026-11-25T01:00:00Z");

    private final TeamStore store = mock(TeamStore.class);
    private final TeamDirectory directory = new TeamDirectory(store, mock(RosterPublisher.class),
            Clock.fixed(NOW, ZoneOffset.UTC));

    /**
     * Found in review: a shift added while the administrator moved its member to another team was written for the
     * old one, which then showed someone on duty who had left, and the new team no one.
     */
    @Test
    void aShiftWrittenWhileItsMemberMovedIsOnDutyForTheNewTeam() {
        when(store.member("wang")).thenReturn(
                Mono.just(new Member("wang", "王警官", Role.OFFICER, "T-OLD")),
                Mono.just(new Member("wang", "王警官", Role.OFFICER, "T-NEW")));
        when(store.save(any(Shift.class))).thenAnswer(call -> Mono.just(call.getArgument(0)));
        when(store.moveShiftsNotEnded("wang", "T-NEW", NOW)).thenReturn(Mono.just(1L));

        Shift shift = directory.addShift("wang", NOW, NOW.plusSeconds(8 * 3600)).block();

        assertThat(shift.teamId()).isEqualTo("T-NEW");
        verify(store).moveShiftsNotEnded("wang", "T-NEW", NOW);
    }
}
