package city.gridline.dispatch.cases.adapter.web;

import city.gridline.dispatch.cases.application.CaseQuery;
import city.gridline.dispatch.cases.application.CaseStore;
import city.gridline.dispatch.cases.application.CaseWork;
import city.gridline.dispatch.cases.application.ClientOperation;
import city.gridline.dispatch.cases.domain.CaseStatus;
import city.gridline.dispatch.cases.domain.InvalidCaseInput;
import city.gridline.dispatch.teams.domain.Role;
import city.gridline.dispatch.web.CallingMember;
import jakarta.validation.Valid;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The command centre's desk (指挥中心): the queues that need a person, and the changes only the command centre
 * makes — re-dispatch (to a named team with assisting teams, or to the next the list offers), chase, escalate,
 * decide an extension, put on the backlog, cancel, merge.
 */
@RestController
@RequestMapping(path = "/api/v1/command-centre", produces = MediaType.APPLICATION_JSON_VALUE)
public class CommandCentreController {

    /** The queues of the command centre's desk. */
    public enum Queue {
        /** Filed but with no team (a re-dispatch found none). */
        UNASSIGNED,
        /** Returned by their team (退单), waiting to be re-dispatched. */
        RETURNED,
        /** Dispatched but not signed for by the sign-by time. */
        UNSIGNED,
        /** Waiting for a decision on an extension request. */
        EXTENSION_REQUESTED,
        /** Resolved, waiting for a supervisor's verification. */
        AWAITING_VERIFICATION,
        /** On the problem backlog (挂账). */
        BACKLOG,
        /** Past the handling deadline (超期), as the notification service announced, and not resolved yet. */
        OVERDUE
    }

    private final CaseWork work;
    private final CaseStore store;
    private final CallingMember caller;
    private final Clock clock;

    public CommandCentreController(CaseWork work, CaseStore store, CallingMember caller, Clock clock) {
        this.work = work;
        this.store = store;
        this.caller = caller;
        this.clock = clock;
    }

    @GetMapping("/queue")
    public Mono<List<CaseView>> queue(@RequestParam Queue kind,
                                      @RequestParam(defaultValue = "0") int page,
                                      @RequestParam(defaultValue = "50") int size) {
        if (!CaseQuery.isPage(page, size)) {
            return Mono.error(new InvalidCaseInput(CaseQuery.PAGE_RULE));
        }
        return caller.withRole(Role.COMMAND_CENTRE)
                .flatMap(actor -> store.find(query(kind, page, size).inArea(actor.area())).map(CaseView::of)
                        .collectList());
    }

    private CaseQuery query(Queue kind, int page, int size) {
        switch (kind) {
            case UNASSIGNED:
                return CaseQuery.inStatus(Set.of(CaseStatus.OPENED), page, size);
            case RETURNED:
                return CaseQuery.inStatus(Set.of(CaseStatus.RETURNED), page, size);
            case UNSIGNED:
                return new CaseQuery(Set.of(CaseStatus.DISPATCHED), Set.of(), clock.instant(), null, null, null, null,
                        page, size);
            case EXTENSION_REQUESTED:
                return new CaseQuery(EnumSet.complementOf(EnumSet.of(CaseStatus.CLOSED, CaseStatus.TRANSFERRED,
                        CaseStatus.CANCELLED, CaseStatus.MERGED)), Set.of(), null, true, null, null, null, page, size);
            case OVERDUE:
                return new CaseQuery(EnumSet.of(CaseStatus.DISPATCHED, CaseStatus.ACCEPTED, CaseStatus.ON_SITE,
                        CaseStatus.REWORK, CaseStatus.RETURNED, CaseStatus.BACKLOGGED), Set.of(), null, null, true,
                        null, null, page, size);
            case AWAITING_VERIFICATION:
                return CaseQuery.inStatus(Set.of(CaseStatus.RESOLVED), page, size);
            default:
                return CaseQuery.inStatus(Set.of(CaseStatus.BACKLOGGED), page, size);
        }
    }

    @PostMapping("/cases/{caseNumber}/redispatch")
    public Mono<ResponseEntity<CaseView>> redispatch(@RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                                     String ifMatch,
                                                     @RequestHeader(name = "traceparent", required = false)
                                                     String traceparent,
                                                     @PathVariable String caseNumber,
                                                     @Valid @RequestBody CommandRequests.Redispatch body) {
        ClientOperation op = ClientOperations.of("redispatch", caseNumber, body.clientOperationId(), body, ifMatch,
                null, traceparent);
        List<String> assisting = body.assistingTeamIds() == null ? List.of() : body.assistingTeamIds();
        return caller.actor()
                .flatMap(actor -> work.redispatch(caseNumber, actor, op, blankToNull(body.teamId()), assisting,
                        body.reason()))
                .map(CaseController::withEtag);
    }

    @PostMapping("/cases/{caseNumber}/chase")
    public Mono<ResponseEntity<CaseView>> chase(@RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                                String ifMatch,
                                                @RequestHeader(name = "traceparent", required = false)
                                                String traceparent,
                                                @PathVariable String caseNumber,
                                                @Valid @RequestBody CommandRequests.WithReason body) {
        ClientOperation op = ClientOperations.of("chase", caseNumber, body.clientOperationId(), body, ifMatch,
                null, traceparent);
        return caller.actor().flatMap(actor -> work.chase(caseNumber, actor, op, body.reason()))
                .map(CaseController::withEtag);
    }

    @PostMapping("/cases/{caseNumber}/escalate")
    public Mono<ResponseEntity<CaseView>> escalate(@RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                                   String ifMatch,
                                                   @RequestHeader(name = "traceparent", required = false)
                                                   String traceparent,
                                                   @PathVariable String caseNumber,
                                                   @Valid @RequestBody CommandRequests.WithReason body) {
        ClientOperation op = ClientOperations.of("escalate", caseNumber, body.clientOperationId(), body, ifMatch,
                null, traceparent);
        return caller.actor().flatMap(actor -> work.escalate(caseNumber, actor, op, body.reason()))
                .map(CaseController::withEtag);
    }

    @PostMapping("/cases/{caseNumber}/extension-decision")
    public Mono<ResponseEntity<CaseView>> decideExtension(@RequestHeader(name = HttpHeaders.IF_MATCH,
                                                                  required = false) String ifMatch,
                                                          @RequestHeader(name = "traceparent", required = false)
                                                          String traceparent,
                                                          @PathVariable String caseNumber,
                                                          @Valid @RequestBody CommandRequests.ExtensionDecision body) {
        ClientOperation op = ClientOperations.of("extension-decision", caseNumber, body.clientOperationId(), body,
                ifMatch, null, traceparent);
        return caller.actor()
                .flatMap(actor -> work.decideExtension(caseNumber, actor, op, body.granted(), body.reason()))
                .map(CaseController::withEtag);
    }

    @PostMapping("/cases/{caseNumber}/backlog")
    public Mono<ResponseEntity<CaseView>> backlog(@RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                                  String ifMatch,
                                                  @RequestHeader(name = "traceparent", required = false)
                                                  String traceparent,
                                                  @PathVariable String caseNumber,
                                                  @Valid @RequestBody CommandRequests.WithReason body) {
        ClientOperation op = ClientOperations.of("backlog", caseNumber, body.clientOperationId(), body, ifMatch,
                null, traceparent);
        return caller.actor().flatMap(actor -> work.backlog(caseNumber, actor, op, body.reason()))
                .map(CaseController::withEtag);
    }

    @PostMapping("/cases/{caseNumber}/cancel")
    public Mono<ResponseEntity<CaseView>> cancel(@RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                                 String ifMatch,
                                                 @RequestHeader(name = "traceparent", required = false)
                                                 String traceparent,
                                                 @PathVariable String caseNumber,
                                                 @Valid @RequestBody CommandRequests.WithReason body) {
        ClientOperation op = ClientOperations.of("cancel", caseNumber, body.clientOperationId(), body, ifMatch,
                null, traceparent);
        return caller.actor().flatMap(actor -> work.cancel(caseNumber, actor, op, body.reason()))
                .map(CaseController::withEtag);
    }

    @PostMapping("/cases/{caseNumber}/merge")
    public Mono<ResponseEntity<CaseView>> merge(@RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                                String ifMatch,
                                                @RequestHeader(name = "traceparent", required = false)
                                                String traceparent,
                                                @PathVariable String caseNumber,
                                                @Valid @RequestBody CommandRequests.Merge body) {
        ClientOperation op = ClientOperations.of("merge", caseNumber, body.clientOperationId(), body, ifMatch,
                null, traceparent);
        return caller.actor()
                .flatMap(actor -> work.merge(caseNumber, actor, op, body.intoCaseNumber(), body.reason()))
                .map(CaseController::withEtag);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
