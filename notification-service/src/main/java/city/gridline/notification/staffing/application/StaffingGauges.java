package city.gridline.notification.staffing.application;

import city.gridline.notification.staffing.domain.AreaStaffing;
import city.gridline.notification.staffing.domain.StaffingFigures;
import city.gridline.notification.staffing.domain.StaffingReport;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import reactor.core.publisher.Mono;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code gridline.staffing.<figure>{district, street}} of every area as of the last refresh: {@code street} is the
 * street's name, or {@code all} for the district as a whole. An area whose figure cannot be computed (no residents
 * known, no officers) has no series for it.
 */
public class StaffingGauges {

    public static final String WHOLE_DISTRICT = "all";

    private static final Map<String, Function<StaffingFigures, Double>> FIGURES = Map.of(
            "gridline.staffing.officers.per.10k.residents", StaffingFigures::officersPer10kResidents,
            "gridline.staffing.front.line.ratio", StaffingFigures::frontLineShare,
            "gridline.staffing.assistants.per.officer", StaffingFigures::assistantsPerOfficer);
    private static final Map<String, String> DESCRIPTIONS = Map.of(
            "gridline.staffing.officers.per.10k.residents", "Sworn officers per 10,000 residents (policy: 3 to 7)",
            "gridline.staffing.front.line.ratio", "Share of sworn officers in front-line teams (policy: at least 0.8)",
            "gridline.staffing.assistants.per.officer", "Assistants per sworn officer (policy: at most 1)");

    private final StaffingChecks checks;
    private final Map<String, MultiGauge> gauges = new HashMap<>();

    public StaffingGauges(StaffingChecks checks, MeterRegistry registry) {
        this.checks = checks;
        FIGURES.keySet().forEach(name -> gauges.put(name, MultiGauge.builder(name)
                .description(DESCRIPTIONS.get(name))
                .register(registry)));
    }

    public Mono<StaffingReport> refresh() {
        return checks.check().doOnNext(this::publish);
    }

    private void publish(StaffingReport report) {
        FIGURES.forEach((name, figure) -> {
            List<MultiGauge.Row<?>> rows = new ArrayList<>();
            for (AreaStaffing area : report.areas()) {
                Double value = figure.apply(area.figures());
                if (value != null) {
                    String street = area.level() == AreaStaffing.Level.DISTRICT ? WHOLE_DISTRICT : area.name();
                    rows.add(MultiGauge.Row.of(Tags.of("district", area.districtName(), "street", street), value));
                }
            }
            gauges.get(name).register(rows, true);
        });
    }
}
