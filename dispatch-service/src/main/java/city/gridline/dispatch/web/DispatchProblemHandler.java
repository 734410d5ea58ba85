package city.gridline.dispatch.web;

import city.gridline.dispatch.cases.adapter.web.MobileTaskController;
import city.gridline.dispatch.cases.application.CaseNotFoundException;
import city.gridline.dispatch.cases.application.OperationIdReusedException;
import city.gridline.dispatch.cases.application.PreconditionFailedException;
import city.gridline.dispatch.cases.application.UnknownEvidenceException;
import city.gridline.dispatch.cases.domain.CaseRuleViolation;
import city.gridline.dispatch.cases.domain.InvalidCaseInput;
import city.gridline.dispatch.cases.domain.NotAllowed;
import city.gridline.dispatch.teams.application.UnknownMemberException;
import city.gridline.dispatch.teams.application.UnknownTeamException;
import city.gridline.servicekit.GridlineProblemHandler;
import city.gridline.servicekit.Problems;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;


/**
 * Every refusal of the dispatch API as an RFC 9457 problem with a stable {@code type}: malformed requests 400, an
 * unidentified caller 401, a change the caller's role or team does not allow 403, unknown cases, teams and members
 * 404, a change the case's lifecycle does not allow or an operation id reused for another change 409, a stale
 * If-Match 412, an oversized upload 413, bad values 422 with one entry per field.
 */
@RestControllerAdvice
public class DispatchProblemHandler extends GridlineProblemHandler {

    public DispatchProblemHandler() {
        super("Invalid request");
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> caseNotFound(CaseNotFoundException ex) {
        return problem(HttpStatus.NOT_FOUND, "case-not-found", "Case not found", ex);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> teamNotFound(UnknownTeamException ex) {
        return problem(HttpStatus.NOT_FOUND, "team-not-found", "Team not found", ex);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> memberNotFound(UnknownMemberException ex) {
        return problem(HttpStatus.NOT_FOUND, "member-not-found", "Member not found", ex);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> notAllowed(NotAllowed ex) {
        return problem(HttpStatus.FORBIDDEN, "not-allowed", "Not allowed", ex);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> invalidInput(InvalidCaseInput ex) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-case-input", "Invalid change", ex);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unknownEvidence(UnknownEvidenceException ex) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "unknown-evidence", "Unknown evidence", ex);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> tooLarge(MobileTaskController.EvidenceTooLargeException ex) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Evidence too large", ex);
    }

    /** A multipart part past {@code spring.webflux.multipart.max-disk-usage-per-part}. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> partTooLarge(DataBufferLimitException ex) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Upload too large", ex);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> lifecycle(CaseRuleViolation ex) {
        return problem(HttpStatus.CONFLICT, "case-state-conflict", "Not possible in the case's state", ex);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> operationIdReused(OperationIdReusedException ex) {
        return problem(HttpStatus.CONFLICT, "operation-id-reused", "Operation id taken by another change", ex);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> stale(PreconditionFailedException ex) {
        return problem(HttpStatus.PRECONDITION_FAILED, "stale-case-version", "The case has changed", ex);
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String kind, String title,
                                                         RuntimeException ex) {
        return ResponseEntity.status(status).body(Problems.of(status, kind, title, ex.getMessage()));
    }
}
