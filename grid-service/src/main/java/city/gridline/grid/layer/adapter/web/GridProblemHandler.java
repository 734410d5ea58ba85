package city.gridline.grid.layer.adapter.web;

import city.gridline.grid.layer.application.LayerNotFoundException;
import city.gridline.grid.layer.application.LayerRejectedException;
import city.gridline.grid.layer.application.LayerVersionTakenException;
import city.gridline.grid.layer.application.NoLayerInForceException;
import city.gridline.grid.layer.application.UnknownChangeException;
import city.gridline.grid.layer.application.ZonesRejectedException;
import city.gridline.grid.location.application.PlacementPendingException;
import city.gridline.grid.location.application.PointOutsideLayerException;
import city.gridline.grid.location.application.TriageItemClosedException;
import city.gridline.grid.location.application.TriageItemNotFoundException;
import city.gridline.grid.location.application.WrongTriageActionException;
import city.gridline.servicekit.GridlineProblemHandler;
import city.gridline.servicekit.Problems;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;


/**
 * The grid API's own refusals as RFC 9457 problems with stable types; the framework's (malformed body, wrong media
 * type, unacceptable {@code Accept}) get theirs from the service kit's handler.
 */
@RestControllerAdvice
public class GridProblemHandler extends GridlineProblemHandler {

    public GridProblemHandler() {
        super("Invalid request");
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
    ProblemDetail rejected(LayerRejectedException ex) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "layer-rejected", "Layer rejected",
                ex.getMessage());
        problem.setProperty("problems", ex.problems());
        return problem;
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
    ProblemDetail zonesRejected(ZonesRejectedException ex) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "zones-rejected", "Special zones rejected",
                ex.getMessage());
        problem.setProperty("problems", ex.problems());
        return problem;
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ProblemDetail layerNotFound(LayerNotFoundException ex) {
        return problem(HttpStatus.NOT_FOUND, "layer-not-found", "No such layer version", ex.getMessage());
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ProblemDetail noLayerInForce(NoLayerInForceException ex) {
        return problem(HttpStatus.NOT_FOUND, "no-layer-in-force", "No grid layer in force", ex.getMessage());
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ProblemDetail cellNotFound(LayerController.CellNotFoundException ex) {
        return problem(HttpStatus.NOT_FOUND, "cell-not-found", "No such cell", ex.getMessage());
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.CONFLICT)
    ProblemDetail versionTaken(LayerVersionTakenException ex) {
        return problem(HttpStatus.CONFLICT, "layer-version-taken", "Layer version exists", ex.getMessage());
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
    ProblemDetail unknownChange(UnknownChangeException ex) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "unknown-change", "No such change", ex.getMessage());
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ProblemDetail triageItemNotFound(TriageItemNotFoundException ex) {
        return problem(HttpStatus.NOT_FOUND, "triage-item-not-found", "No such report in triage", ex.getMessage());
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.CONFLICT)
    ProblemDetail triageItemClosed(TriageItemClosedException ex) {
        return problem(HttpStatus.CONFLICT, "triage-item-closed", "Already placed or confirmed", ex.getMessage());
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.CONFLICT)
    ProblemDetail placementPending(PlacementPendingException ex) {
        return problem(HttpStatus.CONFLICT, "placement-pending", "Placed elsewhere, being announced", ex.getMessage());
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.CONFLICT)
    ProblemDetail wrongTriageAction(WrongTriageActionException ex) {
        return problem(HttpStatus.CONFLICT, "wrong-triage-action", "Not the action this report needs",
                ex.getMessage());
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
    ProblemDetail pointOutsideLayer(PointOutsideLayerException ex) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "point-outside-layer", "Point outside the grid layer",
                ex.getMessage());
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.CONTENT_TOO_LARGE)
    ProblemDetail tooLarge(DataBufferLimitException ex) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Body too large", ex.getMessage());
    }

    private static ProblemDetail problem(HttpStatus status, String kind, String title, String detail) {
        return Problems.of(status, kind, title, detail);
    }
}
