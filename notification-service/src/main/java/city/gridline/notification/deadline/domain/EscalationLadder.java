package city.gridline.notification.deadline.domain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * 催办 → 督办 → 通报: which level an overdue case has reached, by how long it is past its deadline — counted the way
 * its limit counts ({@link DeadlineRules#statusAt}).
 */
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

    /** Chase at the deadline, supervise 24 hours past it, report publicly 72 hours past it. */
    public static EscalationLadder standard() {
        return new EscalationLadder(List.of(
                new EscalationStep(EscalationLevel.CHASE, Duration.ZERO),
                new EscalationStep(EscalationLevel.SUPERVISE, Duration.ofHours(24)),
                new EscalationStep(EscalationLevel.PUBLIC_REPORT, Duration.ofHours(72))));
    }

    /** The highest level reached by a case {@code pastDeadline} past its deadline; empty before the first. */
    public Optional<EscalationLevel> levelAfter(Duration pastDeadline) {
        Optional<EscalationLevel> reached = Optional.empty();
        for (EscalationStep step : steps) {
            if (step.pastDeadline().compareTo(pastDeadline) <= 0) {
                reached = Optional.of(step.level());
            }
        }
        return reached;
    }

    public List<EscalationStep> steps() {
        return steps;
    }
}
