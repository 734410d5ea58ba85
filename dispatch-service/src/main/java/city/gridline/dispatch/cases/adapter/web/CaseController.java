package city.gridline.dispatch.cases.adapter.web;

import city.gridline.dispatch.cases.application.CaseOpening;
import city.gridline.dispatch.cases.application.StoredCase;
import city.gridline.dispatch.cases.domain.CasePolicy;
import city.gridline.dispatch.web.CallingMember;
import city.gridline.servicekit.security.Callers;
import city.gridline.servicekit.security.GridlineRole;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.List;

/**
 * A case and its audit trail, as the command centre and the hotline read it. The hotline and operations read every
 * case; a member of a team reads what the member directory lets them see: officers and assistants their team's
 * tasks, supervisors, the command centre and administrators the cases in their team's area.
 */
@RestController
@RequestMapping(path = "/api/v1/cases", produces = MediaType.APPLICATION_JSON_VALUE)
public class CaseController {

    private final CaseOpening cases;
    private final CallingMember member;

    public CaseController(CaseOpening cases, CallingMember member) {
        this.cases = cases;
        this.member = member;
    }

    @GetMapping("/{caseNumber}")
    public Mono<ResponseEntity<CaseView>> find(@PathVariable String caseNumber) {
        return visible(caseNumber).map(CaseController::withEtag);
    }

    @GetMapping("/{caseNumber}/history")
    public Mono<List<CaseView.Step>> history(@PathVariable String caseNumber) {
        return visible(caseNumber).map(stored -> CaseView.of(stored.dispatchCase()).history());
    }

    static ResponseEntity<CaseView> withEtag(StoredCase stored) {
        return ResponseEntity.ok().eTag(stored.etag()).body(CaseView.of(stored.dispatchCase()));
    }

    private Mono<StoredCase> visible(String caseNumber) {
        return cases.find(caseNumber).flatMap(stored -> Callers.current()
                .filter(caller -> caller.hasAnyRole(GridlineRole.HOTLINE_OPERATOR, GridlineRole.OPERATIONS))
                .map(readsEveryCase -> stored)
                .switchIfEmpty(Mono.defer(() -> member.actor()
                        .doOnNext(actor -> CasePolicy.mayView(actor, stored.dispatchCase()))
                        .thenReturn(stored))));
    }
}
