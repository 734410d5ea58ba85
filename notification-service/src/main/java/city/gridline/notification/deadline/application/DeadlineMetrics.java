package city.gridline.notification.deadline.application;

import city.gridline.notification.deadline.domain.EscalationLevel;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;

import java.util.Locale;
import java.util.Map;

/**
 * {@code gridline.cases.overdue{district, street, team}}: running deadlines past due, as of the last watch;
 * {@code gridline.cases.escalated{district, street, level}}: steps up the escalation ladder, counted by the watcher
 * that announced them (so once across instances).
 */
public class DeadlineMetrics {

    private final MeterRegistry registry;
    private final MultiGauge overdue;

    public DeadlineMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.overdue = MultiGauge.builder("gridline.cases.overdue")
                .description("Cases whose handling deadline has passed and that are neither resolved nor ended")
                .register(registry);
    }

    public void escalated(String district, String street, EscalationLevel level) {
        escalations(district, street, level).increment();
    }

    /**
     * Registers the place's escalation counters at zero once a case there is past its warning, before it can be
     * overdue and escalated: a counter series that appears at 1 is not counted by {@code increase()}, and the
     * dashboard would miss each place's first escalation at every level.
     */
    public void warnedIn(String district, String street) {
        for (EscalationLevel level : EscalationLevel.values()) {
            escalations(district, street, level);
        }
    }

    private Counter escalations(String district, String street, EscalationLevel level) {
        return Counter.builder("gridline.cases.escalated")
                .description("Overdue cases that reached a step of the escalation ladder")
                .tag("district", district)
                .tag("street", street)
                .tag("level", level.name().toLowerCase(Locale.ROOT))
                .register(registry);
    }

    /** Replaces every overdue series: a place and team no longer overdue disappears. */
    public void overdue(Map<OverduePlace, Long> counts) {
        overdue.register(counts.entrySet().stream()
                .map(entry -> MultiGauge.Row.of(Tags.of("district", entry.getKey().district(),
                        "street", entry.getKey().street(), "team", entry.getKey().team()), entry.getValue()))
                .toList(), true);
    }

    /** The labels an overdue case is counted under. */
    public record OverduePlace(String district, String street, String team) {
    }
}
