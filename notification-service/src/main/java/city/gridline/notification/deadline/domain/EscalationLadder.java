package city.gridline.notification.deadline.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** 催办 → 督办 → 通报: which level an overdue case has reached, by how long it is past its deadline. */
public final class EscalationLadder {

    private final List<EscalationStep> steps;

    public EscalationLadder(List<EscalationStep> steps) {
        List<EscalationStep> ordered = new ArrayList<>(steps);
        ordered.sort(Comparator.comparing(EscalationStep::level));
        for (int i = 1; i < ordered.size(); i++) {
            if (ordered.get(i).pastDeadline().compareTo(ordered.get(i - 1).pastDeadline()) < 0) {
                throw new IllegalArgumentException("a higher escalation level cannot come before a lower one: " + ordered);
            }
        }
        this.steps = List.copyOf(ordered);
    }

    /** Chase at the deadline, supervise a day later, report publicly three days later. */
    public static EscalationLadder standard() {
        return new EscalationLadder(List.of(
                new EscalationStep(EscalationLevel.CHASE, Duration.ZERO),
                new EscalationStep(EscalationLevel.SUPERVISE, Duration.ofHours(24)),
                new EscalationStep(EscalationLevel.PUBLIC_REPORT, Duration.ofHours(72))));
    }

    /** The highest level reached at {@code now}; empty before the deadline. */
    public Optional<EscalationLevel> levelAt(Instant dueAt, Instant now) {
        Optional<EscalationLevel> reached = Optional.empty();
        for (EscalationStep step : steps) {
            if (!now.isBefore(dueAt.plus(step.pastDeadline()))) {
                reached = Optional.of(step.level());
            }
        }
        return reached;
    }

    /** When the next level after the one reached at {@code now} is due; empty once the top level is reached. */
    public Optional<Instant> nextStepAt(Instant dueAt, Instant now) {
        return steps.stream()
                .map(step -> dueAt.plus(step.pastDeadline()))
                .filter(now::isBefore)
                .findFirst();
    }

    public List<EscalationStep> steps() {
        return steps;
    }
}
