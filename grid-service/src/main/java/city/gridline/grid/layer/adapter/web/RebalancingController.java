package city.gridline.grid.layer.adapter.web;

import city.gridline.grid.layer.application.LayerAdministration;
import city.gridline.grid.layer.domain.CellDrift;
import city.gridline.grid.layer.domain.Drift;
import city.gridline.grid.layer.domain.DriftDirection;
import city.gridline.grid.layer.domain.LayerHealth;
import city.gridline.grid.layer.domain.PlannedCell;
import city.gridline.grid.layer.domain.Rebalancing;
import city.gridline.grid.layer.domain.RebalancingProposal;
import city.gridline.grid.security.LayerAreas;
import city.gridline.servicekit.security.Callers;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Grid health and rebalancing: which cells drift from the layer's targets, the changes proposed to bring them
 * back (split, merge, move a boundary — never across a community), and accepting some or all of them as a new
 * layer version.
 */
@RestController
@RequestMapping(path = "/api/v1/layers/{version}", produces = MediaType.APPLICATION_JSON_VALUE)
public class RebalancingController {

    private final LayerAdministration administration;

    public RebalancingController(LayerAdministration administration) {
        this.administration = administration;
    }

    @GetMapping("/health")
    public Mono<HealthResponse> health(@PathVariable String version) {
        return Mono.fromCallable(() -> HealthResponse.of(administration.health(version)))
                .subscribeOn(Schedulers.boundedElastic());
    }

    @GetMapping("/proposal")
    public Mono<ProposalResponse> proposal(@PathVariable String version) {
        return Mono.fromCallable(() -> ProposalResponse.of(administration.proposal(version)))
                .subscribeOn(Schedulers.boundedElastic());
    }

    @PostMapping(path = "/proposal/accept", consumes = MediaType.APPLICATION_JSON_VALUE)
    public Mono<ResponseEntity<LayerAdministration.RebalancedVersion>> accept(@PathVariable String version,
                                                                               @Valid @RequestBody Acceptance body) {
        return Callers.current().flatMap(caller -> Mono.fromCallable(() -> {
                    LayerAreas.requireAll(caller, List.of(administration.layer(version).district().code()));
                    return administration.acceptProposal(version, body.changes() == null ? List.of() : body.changes(),
                            body.newVersion(), body.effectiveFrom(), Boolean.TRUE.equals(body.activate()));
                }).subscribeOn(Schedulers.boundedElastic()))
                .map(result -> ResponseEntity.created(URI.create("/api/v1/layers/" + result.layer().version()))
                        .body(result));
    }

    /** Which changes of the proposal to apply (all when none is named), and the version they make. */
    public record Acceptance(@NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{1,64}") String newVersion,
                             @NotNull LocalDate effectiveFrom, List<Integer> changes, Boolean activate) {
    }

    public record HealthResponse(String version, int cells, boolean healthy, long tooLarge, long tooSmall,
                                 List<DriftingCell> drifting) {

        static HealthResponse of(LayerHealth health) {
            return new HealthResponse(health.layerVersion(), health.cellCount(), health.healthy(),
                    health.count(DriftDirection.TOO_LARGE), health.count(DriftDirection.TOO_SMALL),
                    health.driftingCells().stream().map(DriftingCell::of).toList());
        }
    }

    public record DriftingCell(String code, String community, int residents, int households, String direction,
                               List<Drift> drifts) {

        static DriftingCell of(CellDrift drift) {
            return new DriftingCell(drift.cell().code(), drift.cell().community().code(), drift.cell().residents(),
                    drift.cell().households(), drift.direction().map(Enum::name).orElse("MIXED"),
                    drift.drifts());
        }
    }

    public record ProposalResponse(String version, List<Change> changes, List<Unresolved> unresolved) {

        static ProposalResponse of(RebalancingProposal proposal) {
            List<Rebalancing> changes = proposal.changes();
            return new ProposalResponse(proposal.layerVersion(),
                    IntStream.range(0, changes.size()).mapToObj(i -> Change.of(i, changes.get(i))).toList(),
                    proposal.unresolved().stream()
                            .map(u -> new Unresolved(u.drift().cell().code(), u.reason())).toList());
        }
    }

    /** One proposed change; its {@code id} is what an acceptance names. */
    public record Change(int id, String kind, List<String> cellCodes, List<Result> result, String explanation) {

        static Change of(int id, Rebalancing change) {
            return new Change(id, change.kind().name(), change.cellCodes(),
                    change.result().stream().map(Result::of).toList(), change.explanation());
        }
    }

    public record Result(int residents, int households) {

        static Result of(PlannedCell cell) {
            return new Result(cell.residents(), cell.households());
        }
    }

    public record Unresolved(String cellCode, String reason) {
    }
}
