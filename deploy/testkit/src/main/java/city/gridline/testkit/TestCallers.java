package city.gridline.testkit;

import city.gridline.localstack.DevIssuer;
import org.springframework.http.HttpHeaders;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * Bearer tokens for tests, signed by a development issuer made once per test JVM; the services under test trust its
 * public key ({@link #publicKeyLocation()}). Requests of a service's {@code *IT} carry {@link #operator()} unless
 * they name their caller: a test about what a caller may do names it.
 */
public final class TestCallers {

    /** Every role, the whole city: the caller of tests that are not about authorization. */
    public static final List<String> ALL_ROLES = List.of("HOTLINE_OPERATOR", "HOTLINE_SYSTEM", "OPEN311_CLIENT",
            "SUPERVISOR", "OFFICER", "ASSISTANT", "COMMAND_CENTRE", "GRID_ADMINISTRATOR", "ADMINISTRATOR",
            "OPERATIONS", "CITIZEN_PORTAL");

    private static final Duration VALID_FOR = Duration.ofHours(6);
    private static final DevIssuer ISSUER = DevIssuer.generate();
    private static final Path PUBLIC_KEY = writePublicKey();

    private TestCallers() {
    }

    /** For {@code spring.security.oauth2.resourceserver.jwt.public-key-location}. */
    public static String publicKeyLocation() {
        return PUBLIC_KEY.toUri().toString();
    }

    public static Path publicKeyFile() {
        return PUBLIC_KEY;
    }

    public static java.security.interfaces.RSAPublicKey publicKey() {
        return ISSUER.publicKey();
    }

    /** {@code Authorization} header value for a caller with these roles in these areas. */
    public static String bearer(String subject, List<String> roles, List<String> areas) {
        return "Bearer " + ISSUER.token(subject, roles, areas, VALID_FOR);
    }

    public static String operator() {
        return bearer("test-operator", ALL_ROLES, List.of("*"));
    }

    /** The roles of dispatch's members: a member's token carries the member's, whichever it is. */
    public static final List<String> MEMBER_ROLES = List.of("OFFICER", "ASSISTANT", "SUPERVISOR", "COMMAND_CENTRE",
            "ADMINISTRATOR");

    /**
     * A dispatch member, who is whatever the member directory says: dispatch takes the subject as member id and
     * wants the member's role among the token's; this token carries every member role, so the directory decides.
     */
    public static String member(String memberId) {
        return bearer(memberId, MEMBER_ROLES, List.of("*"));
    }

    /** For {@code .headers(asMember(id))}: the request is the member's. */
    public static Consumer<HttpHeaders> asMember(String memberId) {
        return headers -> headers.set(HttpHeaders.AUTHORIZATION, member(memberId));
    }

    /** For {@code .headers(as(…))}: the request is a caller's with these roles in these areas. */
    public static Consumer<HttpHeaders> as(String subject, List<String> roles, List<String> areas) {
        return headers -> headers.set(HttpHeaders.AUTHORIZATION, bearer(subject, roles, areas));
    }

    /** A token signed by another key: looks right, must be refused. */
    public static String forged(String subject, List<String> roles) {
        return "Bearer " + DevIssuer.generate().token(subject, roles, List.of("*"), VALID_FOR);
    }

    private static Path writePublicKey() {
        try {
            Path file = Files.createTempFile("gridline-test-issuer", ".pem");
            file.toFile().deleteOnExit();
            return ISSUER.writePublicKey(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
