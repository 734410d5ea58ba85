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
    }

    public void received(String channel, String category) {
        Counter.builder("gridline.reports.received").description("Reports accepted by intake")
                .tag("channel", channel).tag("category", category)
                .register(registry).increment();
    }

    public void refused(Reason reason) {
        Counter.builder("gridline.reports.refused").description("Report submissions refused by intake")
                .tag("reason", reason.tag)
                .register(registry).increment();
    }

    public enum Reason {
        VALIDATION("validation"),
        MALFORMED("malformed"),
        CONFLICT("conflict"),
        BROKER_UNAVAILABLE("broker_unavailable"),
        RATE_LIMITED("rate_limited"),
        TOO_LARGE("too_large");

        private final String tag;

        Reason(String tag) {
            this.tag = tag;
        }
    }
}
