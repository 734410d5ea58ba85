package city.gridline.dispatch.cases.adapter.web;

import city.gridline.contracts.Crs;
import city.gridline.contracts.EvidenceRef;
import city.gridline.contracts.GeoPoint;
import city.gridline.contracts.TimeLimit;
import city.gridline.dispatch.cases.application.CaseOpening;
import city.gridline.dispatch.cases.application.CaseQuery;
import city.gridline.dispatch.cases.application.CaseStore;
import city.gridline.dispatch.cases.application.CaseWork;
import city.gridline.dispatch.cases.application.ClientOperation;
import city.gridline.dispatch.cases.application.StoredCase;
import city.gridline.dispatch.cases.domain.CasePolicy;
import city.gridline.dispatch.cases.domain.CaseStatus;
import city.gridline.dispatch.cases.domain.InvalidCaseInput;
import city.gridline.dispatch.teams.domain.Role;
import city.gridline.dispatch.web.CallingMember;
import jakarta.validation.Valid;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.http.codec.multipart.FormFieldPart;
import org.springframework.http.codec.multipart.Part;
import org.springframework.util.MultiValueMap;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The field-team mobile backend (移动端): a member's tasks, and every step of handling one — sign, check in,
 * upload evidence, resolve, return, ask for more time, verify. Every change takes the app's operation id (acts
 * once), the device time, and an optional If-Match with the task's ETag (412 when the task changed meanwhile).
 */
@RestController
@RequestMapping(path = "/api/v1/mobile/tasks", produces = MediaType.APPLICATION_JSON_VALUE)
public class MobileTaskController {

    private static final Set<CaseStatus> TEAM_TASKS = EnumSet.of(CaseStatus.DISPATCHED, CaseStatus.ACCEPTED,
            CaseStatus.ON_SITE, CaseStatus.REWORK, CaseStatus.BACKLOGGED);
    private static final Set<String> EVIDENCE_TYPES = Set.of("image/jpeg", "image/png", "image/webp", "video/mp4",
            "application/pdf");

    private final CaseWork work;
    private final CaseOpening cases;
    private final CaseStore store;
    private final CallingMember caller;
    private final long evidenceLimitBytes;

    public MobileTaskController(CaseWork work, CaseOpening cases, CaseStore store, CallingMember caller,
                                @Value("${gridline.dispatch.evidence-limit}") DataSize evidenceLimit) {
        this.work = work;
        this.cases = cases;
        this.store = store;
        this.caller = caller;
        this.evidenceLimitBytes = evidenceLimit.toBytes();
    }

    /**
     * My tasks: for officers and assistants the open tasks of their team (lead or assisting), for supervisors the
     * resolved cases waiting for verification that they did not handle themselves.
     */
    @GetMapping
    public Mono<List<CaseView>> myTasks(@RequestParam(required = false) Set<CaseStatus> status,
                                        @RequestParam(defaultValue = "0") int page,
                                        @RequestParam(defaultValue = "20") int size) {
        if (!CaseQuery.isPage(page, size)) {
            return Mono.error(new InvalidCaseInput(CaseQuery.PAGE_RULE));
        }
        return caller.actor().flatMap(actor -> {
            if (actor.is(Role.SUPERVISOR)) {
                return store.find(CaseQuery.inStatus(Set.of(CaseStatus.RESOLVED), page, size).inArea(actor.area())
                                .notHandledBy(actor.id()))
                        // a case an instance of an earlier release resolved has no handlers beside its history yet
                        .filter(c -> !c.handlers().contains(actor.id()))
                        .map(CaseView::of).collectList();
            }
            Set<CaseStatus> wanted = status == null || status.isEmpty() ? TEAM_TASKS : status;
            return store.find(new CaseQuery(wanted, Set.of(actor.teamId()), null, null, null, null, null, page,
                            size))
                    .map(CaseView::of).collectList();
        });
    }

    @GetMapping("/{caseNumber}")
    public Mono<ResponseEntity<CaseView>> task(@PathVariable String caseNumber) {
        return caller.actor().flatMap(actor -> cases.find(caseNumber).map(stored -> {
            CasePolicy.mayView(actor, stored.dispatchCase());
            return CaseController.withEtag(stored);
        }));
    }

    @PostMapping("/{caseNumber}/sign")
    public Mono<ResponseEntity<CaseView>> sign(@RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                               String ifMatch,
                                               @RequestHeader(name = "traceparent", required = false)
                                               String traceparent,
                                               @PathVariable String caseNumber,
                                               @Valid @RequestBody FieldRequests.Sign body) {
        ClientOperation op = ClientOperations.of("sign", caseNumber, body.clientOperationId(), body, ifMatch,
                body.deviceTime(), traceparent);
        return caller.actor().flatMap(actor -> work.sign(caseNumber, actor, op)).map(CaseController::withEtag);
    }

    @PostMapping("/{caseNumber}/check-in")
    public Mono<ResponseEntity<CaseView>> checkIn(@RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                                  String ifMatch,
                                                  @RequestHeader(name = "traceparent", required = false)
                                                  String traceparent,
                                                  @PathVariable String caseNumber,
                                                  @Valid @RequestBody FieldRequests.CheckIn body) {
        ClientOperation op = ClientOperations.of("check-in", caseNumber, body.clientOperationId(), body, ifMatch,
                body.deviceTime(), traceparent);
        GeoPoint position = new GeoPoint(body.lon(), body.lat(), Crs.valueOf(body.crs()));
        return caller.actor().flatMap(actor -> work.checkIn(caseNumber, actor, op, position))
                .map(CaseController::withEtag);
    }

    /**
     * Uploads one evidence file (multipart: {@code file}, {@code kind} BEFORE|AFTER|OTHER, {@code clientOperationId},
     * optional {@code purpose} HANDLING|VERIFICATION). Returns the reference to name in resolve or verify.
     */
    @PostMapping(path = "/{caseNumber}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public Mono<ResponseEntity<EvidenceRef>> upload(@PathVariable String caseNumber,
                                                    @RequestBody Mono<MultiValueMap<String, Part>> form) {
        return caller.actor().flatMap(actor -> form.flatMap(parts -> {
            Part file = parts.getFirst("file");
            if (!(file instanceof FilePart filePart)) {
                return Mono.error(new InvalidCaseInput("the form needs a file part named 'file'"));
            }
            String operationId = field(parts, "clientOperationId");
            if (operationId == null || !operationId.matches(FieldRequests.OPERATION_ID)) {
                return Mono.error(new InvalidCaseInput("clientOperationId " + FieldRequests.OPERATION_ID_MESSAGE));
            }
            EvidenceRef.Kind kind = enumField(parts, "kind", EvidenceRef.Kind.class, null);
            CasePolicy.EvidencePurpose purpose = enumField(parts, "purpose", CasePolicy.EvidencePurpose.class,
                    CasePolicy.EvidencePurpose.HANDLING);
            MediaType type = filePart.headers().getContentType();
            if (type == null || !EVIDENCE_TYPES.contains(type.getType() + "/" + type.getSubtype())) {
                return Mono.error(new InvalidCaseInput("evidence must be one of " + EVIDENCE_TYPES));
            }
            String contentType = type.getType() + "/" + type.getSubtype();
            return DataBufferUtils.join(filePart.content(), (int) Math.min(Integer.MAX_VALUE, evidenceLimitBytes))
                    .onErrorMap(DataBufferLimitException.class,
                            tooLarge -> new EvidenceTooLargeException(evidenceLimitBytes))
                    .map(buffer -> {
                        byte[] bytes = new byte[buffer.readableByteCount()];
                        buffer.read(bytes);
                        DataBufferUtils.release(buffer);
                        return bytes;
                    })
                    .flatMap(bytes -> bytes.length == 0
                            ? Mono.error(new InvalidCaseInput("the evidence file is empty"))
                            : work.addEvidence(caseNumber, actor, operationId, purpose, kind, contentType, bytes))
                    .map(ref -> ResponseEntity.status(201).body(ref));
        }));
    }

    @GetMapping("/{caseNumber}/evidence/{evidenceId}")
    public Mono<ResponseEntity<byte[]>> evidence(@PathVariable String caseNumber,
                                                 @PathVariable String evidenceId) {
        return caller.actor().flatMap(actor -> work.evidenceFile(caseNumber, actor, evidenceId))
                .map(file -> ResponseEntity.ok().contentType(MediaType.parseMediaType(file.ref().contentType()))
                        .header("Digest", "sha-256=" + file.ref().sha256())
                        .body(file.content()));
    }

    @PostMapping("/{caseNumber}/resolve")
    public Mono<ResponseEntity<CaseView>> resolve(@RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                                  String ifMatch,
                                                  @RequestHeader(name = "traceparent", required = false)
                                                  String traceparent,
                                                  @PathVariable String caseNumber,
                                                  @Valid @RequestBody FieldRequests.Resolve body) {
        ClientOperation op = ClientOperations.of("resolve", caseNumber, body.clientOperationId(), body, ifMatch,
                body.deviceTime(), traceparent);
        return caller.actor()
                .flatMap(actor -> work.resolve(caseNumber, actor, op, body.notes(), body.evidenceIds()))
                .map(CaseController::withEtag);
    }

    @PostMapping("/{caseNumber}/return")
    public Mono<ResponseEntity<CaseView>> giveBack(@RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                                   String ifMatch,
                                                   @RequestHeader(name = "traceparent", required = false)
                                                   String traceparent,
                                                   @PathVariable String caseNumber,
                                                   @Valid @RequestBody FieldRequests.GiveBack body) {
        ClientOperation op = ClientOperations.of("return", caseNumber, body.clientOperationId(), body, ifMatch,
                body.deviceTime(), traceparent);
        return caller.actor().flatMap(actor -> work.giveBack(caseNumber, actor, op, body.reason()))
                .map(CaseController::withEtag);
    }

    @PostMapping("/{caseNumber}/extension")
    public Mono<ResponseEntity<CaseView>> extension(@RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                                    String ifMatch,
                                                    @RequestHeader(name = "traceparent", required = false)
                                                    String traceparent,
                                                    @PathVariable String caseNumber,
                                                    @Valid @RequestBody FieldRequests.Extension body) {
        ClientOperation op = ClientOperations.of("extension", caseNumber, body.clientOperationId(), body, ifMatch,
                body.deviceTime(), traceparent);
        TimeLimit extension = new TimeLimit(body.amount(), TimeLimit.Unit.valueOf(body.unit()));
        return caller.actor()
                .flatMap(actor -> work.requestExtension(caseNumber, actor, op, extension, body.reason()))
                .map(CaseController::withEtag);
    }

    @PostMapping("/{caseNumber}/verify")
    public Mono<ResponseEntity<CaseView>> verify(@RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                                 String ifMatch,
                                                 @RequestHeader(name = "traceparent", required = false)
                                                 String traceparent,
                                                 @PathVariable String caseNumber,
                                                 @Valid @RequestBody FieldRequests.Verify body) {
        ClientOperation op = ClientOperations.of("verify", caseNumber, body.clientOperationId(), body, ifMatch,
                body.deviceTime(), traceparent);
        return caller.actor()
                .flatMap(actor -> work.verify(caseNumber, actor, op, body.passed(), body.notes(),
                        body.evidenceIds()))
                .map(CaseController::withEtag);
    }

    private static String field(MultiValueMap<String, Part> parts, String name) {
        Part part = parts.getFirst(name);
        return part instanceof FormFieldPart value ? value.value().strip() : null;
    }

    private static <E extends Enum<E>> E enumField(MultiValueMap<String, Part> parts, String name, Class<E> type,
                                                   E fallback) {
        String value = field(parts, name);
        if (value == null || value.isEmpty()) {
            if (fallback == null) {
                throw new InvalidCaseInput("the form needs a field '" + name + "'");
            }
            return fallback;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new InvalidCaseInput("'" + name + "' must be one of " + EnumSet.allOf(type));
        }
    }

    /** The uploaded file is larger than the evidence limit (413). */
    public static class EvidenceTooLargeException extends RuntimeException {

        EvidenceTooLargeException(long limit) {
            super("an evidence file may be at most " + limit / (1024 * 1024) + " MB");
        }
    }
}
