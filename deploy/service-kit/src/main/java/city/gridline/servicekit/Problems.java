package city.gridline.servicekit;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import java.net.URI;
import java.util.List;

/** RFC 9457 problem details with Gridline's stable type URIs: {@code https://gridline.city/problems/<kind>}. */
public final class Problems {

    public static final String TYPE_BASE = "https://gridline.city/problems/";

    private Problems() {
    }

    public static ProblemDetail of(HttpStatus status, String kind, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type(kind));
        problem.setTitle(title);
        return problem;
    }

    /** A 422 {@code validation} problem listing every invalid field in {@code errors}. */
    public static ProblemDetail invalid(String title, List<FieldProblem> errors) {
        ProblemDetail problem = of(HttpStatus.UNPROCESSABLE_CONTENT, "validation", title,
                "The request has " + errors.size() + " invalid field(s).");
        problem.setProperty("errors", List.copyOf(errors));
        return problem;
    }

    public static URI type(String kind) {
        return URI.create(TYPE_BASE + kind);
    }
}
