package city.gridline.dispatch.cases.adapter.web;

import city.gridline.dispatch.cases.application.CaseOpening;
import city.gridline.dispatch.cases.application.StoredCase;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.List;

/** A case and its audit trail, as the command centre and the hotline read it. */
@RestController
@RequestMapping(path = "/api/v1/cases", produces = MediaType.APPLICATION_JSON_VALUE)
public class CaseController {

    private final CaseOpening cases;

    public CaseController(CaseOpening cases) {
        this.cases = cases;
    }

    @GetMapping("/{caseNumber}")
    public Mono<ResponseEntity<CaseView>> find(@PathVariable String caseNumber) {
        return cases.find(caseNumber).map(CaseController::withEtag);
    }

    @GetMapping("/{caseNumber}/history")
    public Mono<List<CaseView.Step>> history(@PathVariable String caseNumber) {
        return cases.find(caseNumber).map(stored -> CaseView.of(stored.dispatchCase()).history());
    }

    static ResponseEntity<CaseView> withEtag(StoredCase stored) {
        return ResponseEntity.ok().eTag(stored.etag()).body(CaseView.of(stored.dispatchCase()));
    }
}
