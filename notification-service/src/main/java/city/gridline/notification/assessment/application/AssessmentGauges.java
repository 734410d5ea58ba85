package city.gridline.notification.assessment.application;

import city.gridline.notification.assessment.domain.Assessment;
import city.gridline.notification.assessment.domain.GroupBy;
import city.gridline.notification.assessment.domain.GroupFigures;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code gridline.assessment.<rate>{district, street}}: the street's rates over the cases first dispatched in the
 * last 30 days, as of the last refresh; a street with nothing to count for a rate has no series for it.
 */
public class AssessmentGauges {

    static final Duration PERIOD = Duration.ofDays(30);

    private static final Map<String, Function<GroupFigures, Double>> RATES = Map.of(
            "gridline.assessment.on.time.rate", GroupFigures::onTimeRate,
            "gridline.assessment.closure.rate", GroupFigures::closureRate,
            "gridline.assessment.response.rate", GroupFigures::responseRate,
            "gridline.assessment.satisfaction.rate", GroupFigures::satisfactionRate);

    private final Assessments assessments;
    private final Map<String, MultiGauge> gauges = new java.util.HashMap<>();

    public AssessmentGauges(Assessments assessments, MeterRegistry registry) {
        this.assessments = assessments;
        RATES.keySet().forEach(name -> gauges.put(name, MultiGauge.builder(name)
                .description("Assessment rate of the street over the last 30 days")
                .register(registry)));
    }

    public Mono<Assessment> refresh(Instant now) {
        return assessments.assess(GroupBy.STREET, now.minus(PERIOD), now, now).doOnNext(this::publish);
    }

    private void publish(Assessment assessment) {
        RATES.forEach((name, rate) -> {
            List<MultiGauge.Row<?>> rows = new ArrayList<>();
            for (Assessment.Row row : assessment.rows()) {
                Double value = rate.apply(row.figures());
                if (value != null) {
                    String district = row.group().parent() == null ? "unknown" : row.group().parent();
                    rows.add(MultiGauge.Row.of(Tags.of("district", district, "street", row.group().name()), value));
                }
            }
            gauges.get(name).register(rows, true);
        });
    }
}
