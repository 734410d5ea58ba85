package city.gridline.intake.report.adapter.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * {@code gridline.reports.received{channel,category}}: reports accepted (a replayed ticket is not counted again);
 * {@code gridline.reports.refused{reason}}: submissions refused, by reason.
 */
public class IntakeMetrics {

    private final MeterRegistry registry;

    public IntakeMetrics(MeterRegistry registry) {
        this.registry = registry;
        // at zero from the start: a series that appears at 1 is not counted by increase() on the dashboards
        for (Reason reason : Reason.values()) {
            refusals(reason);
        }
    }

    public void received(String channel, String category) {
        Counter.builder("gridline.reports.received").description("Reports accepted by intake")
                .tag("channel", channel).tag("category", category)
                .register(registry).increment();
    }

    public void refused(Reason reason) {
        refusals(reason).increment();
    }

    private Counter refusals(Reason reason) {
        return Counter.builder("gridline.reports.refused").description("Report submissions refused by intake")
                .tag("reason", reason.tag)
                .register(registry);
    }

    public enum Reason {
        VALIDATION("validation"),
        MALFORMED("malformed"),
        CONFLICT("conflict"),
        BROKER_UNAVAILABLE("broker_unavailable"),
        REPEAT_UNDECIDED("repeat_undecided"),
        RATE_LIMITED("rate_limited"),
        TOO_LARGE("too_large");

        private final String tag;

        Reason(String tag) {
            this.tag = tag;
        }
    }
}
