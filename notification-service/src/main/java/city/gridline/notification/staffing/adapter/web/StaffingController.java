package city.gridline.notification.staffing.adapter.web;

import city.gridline.notification.staffing.application.StaffingChecks;
import city.gridline.notification.staffing.domain.AreaStaffing;
import city.gridline.notification.staffing.domain.Finding;
import city.gridline.notification.staffing.domain.Population;
import city.gridline.notification.staffing.domain.StaffingFigures;
import city.gridline.notification.staffing.domain.StaffingPolicy;
import city.gridline.notification.staffing.domain.StaffingReport;
import city.gridline.servicekit.FieldProblem;
import city.gridline.servicekit.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * {@code GET /api/v1/assessment/staffing?district=110105}: every district (or the one asked for) and its streets
 * against the staffing policy, with their residents, sworn officers, front-line officers and assistants, the
 * figures, a verdict and the findings.
 */
@RestController
@RequestMapping(path = "/api/v1/assessment/staffing", produces = MediaType.APPLICATION_JSON_VALUE)
public class StaffingController {

    private static final String DISTRICT_CODE = "[0-9]{6}";

    private final StaffingChecks checks;

    public StaffingController(StaffingChecks checks) {
        this.checks = checks;
    }

    @GetMapping
    public Mono<StaffingView> staffing(@RequestParam(required = false) String district) {
        if (district != null && !district.matches(DISTRICT_CODE)) {
            return Mono.error(new InvalidStaffingRequestException(
                    new FieldProblem("district", "must be a 6-digit district code")));
        }
        return checks.check().map(report -> {
            List<AreaView> areas = report.areas().stream()
                    .filter(area -> district == null || area.districtCode().equals(district))
                    .map(AreaView::of)
                    .toList();
            if (district != null && areas.isEmpty()) {
                throw new UnknownDistrictException(district);
            }
            return new StaffingView(PolicyView.of(report.policy()), areas, report.unplaced());
        });
    }

    @ExceptionHandler
    ProblemDetail invalid(InvalidStaffingRequestException ex) {
        return Problems.invalid("Invalid staffing request", List.of(ex.problem));
    }

    @ExceptionHandler
    ProblemDetail unknownDistrict(UnknownDistrictException ex) {
        return Problems.of(HttpStatus.NOT_FOUND, "district-not-found", "District not found", ex.getMessage());
    }

    /** {@code unplaced}: teams bound to no district or street, whose staff count in no area. */
    public record StaffingView(PolicyView policy, List<AreaView> areas, StaffingReport.Unplaced unplaced) {
    }

    public record PolicyView(Bounds officersPer10kResidents, BigDecimal minFrontLineShare,
                             BigDecimal maxAssistantsPerOfficer, List<String> sources) {

        static PolicyView of(StaffingPolicy policy) {
            return new PolicyView(new Bounds(policy.minOfficersPer10k(), policy.maxOfficersPer10k()),
                    policy.minFrontLineShare(), policy.maxAssistantsPerOfficer(),
                    List.of("郑发〔2017〕18号 (十)(十一): 万分之三 to 万分之七 of residents; 一线执法人员不得低于执法队伍总编制的80%",
                            "朝阳区城市管理体制改革实施方案 (2017): 协管人员数量不得超过在编人数"));
        }
    }

    public record Bounds(BigDecimal min, BigDecimal max) {
    }

    /** {@code households}, {@code residents}, {@code cells}, {@code layerVersion}: null when grid announced none. */
    public record AreaView(String level, String code, String name, String district, String districtName,
                           String layerVersion, Long households, Long residents, Integer cells, int teams,
                           Staff staff, Figures figures, String verdict, List<FindingView> findings) {

        static AreaView of(AreaStaffing area) {
            Population population = area.population();
            StaffingFigures f = area.figures();
            return new AreaView(area.level().name().toLowerCase(Locale.ROOT), area.code(), area.name(),
                    area.districtCode(), area.districtName(), area.layerVersion(),
                    population == null ? null : population.households(),
                    population == null ? null : population.residents(),
                    population == null ? null : population.cells(), area.teams(),
                    new Staff(f.officers(), f.frontLineOfficers(), f.assistants()),
                    new Figures(f.officersPer10kResidents(), f.frontLineShare(), f.assistantsPerOfficer()),
                    area.verdict().name(), area.findings().stream().map(FindingView::of).toList());
        }
    }

    /** Sworn officers (OFFICER), those of them in front-line teams, and assistants (ASSISTANT). */
    public record Staff(long officers, long frontLineOfficers, long assistants) {
    }

    /** Each null when it cannot be computed: no residents known, or no officers. */
    public record Figures(Double officersPer10kResidents, Double frontLineShare, Double assistantsPerOfficer) {
    }

    public record FindingView(String code, boolean breach, String description) {

        static FindingView of(Finding finding) {
            return new FindingView(finding.name(), finding.breach(), finding.description());
        }
    }

    static class InvalidStaffingRequestException extends RuntimeException {

        private final transient FieldProblem problem;

        InvalidStaffingRequestException(FieldProblem problem) {
            super("invalid staffing request: " + problem);
            this.problem = problem;
        }
    }

    static class UnknownDistrictException extends RuntimeException {

        UnknownDistrictException(String district) {
            super("no population and no team known for district " + district);
        }
    }
}
