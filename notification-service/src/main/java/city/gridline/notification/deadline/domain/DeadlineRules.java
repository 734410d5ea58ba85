package city.gridline.notification.deadline.domain;

import city.gridline.contracts.TimeLimit;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Starts, extends and reads case deadlines. The warning comes when {@code warningShare} of the whole limit
 * (extensions included) has been used, counted the way the limit counts: wall-clock time for an hours limit, time on
 * working days only for a working-days limit, so that a holiday inside the span does not bring the warning forward.
 * The warning instant is cut to the second.
 */
public final class DeadlineRules {

    private final DeadlineClock clock;
    private final double warningShare;
    private final EscalationLadder ladder;

    public DeadlineRules(DeadlineClock clock, double warningShare, EscalationLadder ladder) {
        this.clock = Objects.requireNonNull(clock, "clock");
        if (!(warningShare > 0 && warningShare <= 1)) {
            throw new IllegalArgumentException("the warning share is in (0, 1], was " + warningShare);
        }
        this.warningShare = warningShare;
        this.ladder = Objects.requireNonNull(ladder, "ladder");
    }

    public CaseDeadline start(String caseNumber, Instant dispatchedAt, TimeLimit limit) {
        Instant dueAt = clock.dueAt(dispatchedAt, limit);
        return new CaseDeadline(caseNumber, dispatchedAt, limit, List.of(), warningAt(dispatchedAt, dueAt, limit.unit()),
                dueAt);
    }

    public CaseDeadline extend(CaseDeadline deadline, TimeLimit extra) {
        Instant dueAt = clock.extended(deadline.dueAt(), extra);
        List<TimeLimit> extensions = new ArrayList<>(deadline.extensions());
        extensions.add(extra);
        return new CaseDeadline(deadline.caseNumber(), deadline.dispatchedAt(), deadline.limit(), extensions,
                warningAt(deadline.dispatchedAt(), dueAt, deadline.limit().unit()), dueAt);
    }

    public DeadlineStatus statusAt(CaseDeadline deadline, Instant now) {
        return new DeadlineStatus(deadline.stateAt(now), ladder.levelAt(deadline.dueAt(), now),
                ladder.nextStepAt(deadline.dueAt(), now));
    }

    private Instant warningAt(Instant start, Instant dueAt, TimeLimit.Unit unit) {
        Duration counted = clock.countedBetween(start, dueAt, unit);
        Duration beforeWarning = Duration.ofNanos(Math.round(counted.toNanos() * warningShare));
        return clock.afterCounting(start, beforeWarning, unit).truncatedTo(ChronoUnit.SECONDS);
    }

    /** A deadline read at one instant: its state, the escalation reached and when the next step comes. */
    public record DeadlineStatus(DeadlineState state, Optional<EscalationLevel> escalation,
                                 Optional<Instant> nextEscalationAt) {
    }
}
