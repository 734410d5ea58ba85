package city.gridline.intake.report.domain;

import java.util.Objects;

/**
 * Who filed a report: the authenticated caller — a token's subject (an operator, a supervisor) or {@code key:<id>}
 * for a client system's API key — and the kind of credential it presented. Never the credential itself. Staff and
 * client systems, not citizens: it is kept with the report, but not published.
 */
public record FiledBy(String caller, Credential credential) {

    public FiledBy {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(credential, "credential");
    }

    public enum Credential {
        /** A bearer token of the city's identity provider. */
        BEARER_TOKEN,
        /** An API key issued to a client system. */
        API_KEY
    }
}
