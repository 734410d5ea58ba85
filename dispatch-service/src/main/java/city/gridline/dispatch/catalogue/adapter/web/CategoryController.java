package city.gridline.dispatch.catalogue.adapter.web;

import city.gridline.contracts.TimeLimit;
import city.gridline.contracts.category.Category;
import city.gridline.contracts.category.CategoryKind;
import city.gridline.contracts.category.EnforcementScope;
import city.gridline.contracts.category.ResponsibleUnit;
import city.gridline.contracts.event.CategoryChanged;
import city.gridline.dispatch.catalogue.application.CatalogueAdministration;
import city.gridline.dispatch.cases.domain.InvalidCaseInput;
import city.gridline.dispatch.teams.domain.Role;
import city.gridline.dispatch.web.CallingMember;
import city.gridline.servicekit.Problems;
import city.gridline.servicekit.TraceIds;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.List;

/**
 * The category catalogue (权责清单 / 立结案标准): everyone may read it; an administrator adds or changes a minor
 * class, with a reason, and every change is published on {@code catalogue.events}.
 */
@RestController
@RequestMapping(path = "/api/v1/categories", produces = MediaType.APPLICATION_JSON_VALUE)
public class CategoryController {

    private static final String LIMIT = "[0-9]{1,4}(H|WD)";
    private static final String LIMIT_MESSAGE = "must be hours like 24H or working days like 3WD";

    private final CatalogueAdministration catalogue;
    private final CallingMember caller;

    public CategoryController(CatalogueAdministration catalogue, CallingMember caller) {
        this.catalogue = catalogue;
        this.caller = caller;
    }

    /** The catalogue in force, with its version. */
    public record CatalogueView(long version, List<Category> categories) {
    }

    public record CategoryBody(@NotNull CategoryKind kind,
                               @NotBlank @Pattern(regexp = "0[1-6]", message = "must be 01 to 06") String majorCode,
                               @NotBlank @Size(max = 50) String majorName,
                               @NotBlank @Size(max = 50) String name,
                               @Size(max = 100) String nameEn,
                               @NotBlank @Size(max = 500) String filingCondition,
                               @NotBlank @Size(max = 500) String closingCondition,
                               @NotBlank @Pattern(regexp = LIMIT, message = LIMIT_MESSAGE) String normalLimit,
                               @NotBlank @Pattern(regexp = LIMIT, message = LIMIT_MESSAGE) String urgentLimit,
                               @NotNull @Min(1) @Max(10080) Integer signLimitMinutes,
                               @NotNull ResponsibleUnit responsibleUnit,
                               @NotNull EnforcementScope scope,
                               @Size(max = 100) String owningDepartment,
                               boolean districtLevel,
                               @NotBlank @Size(max = 500) String reason) {
    }

    @GetMapping
    public CatalogueView catalogue() {
        CatalogueAdministration.Versioned current = catalogue.current();
        return new CatalogueView(current.version(), List.copyOf(current.catalogue().all()));
    }

    @GetMapping("/{code}")
    public ResponseEntity<?> category(@PathVariable String code) {
        return catalogue.find(code).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .body(notFound(code)));
    }

    @PutMapping("/{code}")
    public Mono<CategoryChanged> change(@RequestHeader(name = "traceparent", required = false) String traceparent,
                                        @PathVariable String code, @Valid @RequestBody CategoryBody body) {
        return caller.withRole(Role.ADMINISTRATOR).flatMap(admin -> {
            Category category;
            try {
                category = new Category(code, body.kind(), body.majorCode(), body.majorName().strip(),
                        body.name().strip(), body.nameEn(), body.filingCondition(), body.closingCondition(),
                        TimeLimit.parse(body.normalLimit()), TimeLimit.parse(body.urgentLimit()),
                        body.signLimitMinutes(), body.responsibleUnit(), body.scope(), body.owningDepartment(),
                        body.districtLevel());
            } catch (IllegalArgumentException e) {
                return Mono.error(new InvalidCaseInput(e.getMessage()));
            }
            return catalogue.change(category, admin.id(), body.reason(), TraceIds.fromTraceparent(traceparent));
        });
    }

    private static ProblemDetail notFound(String code) {
        return Problems.of(HttpStatus.NOT_FOUND, "category-not-found", "Category not found",
                "the catalogue has no category " + code);
    }
}
