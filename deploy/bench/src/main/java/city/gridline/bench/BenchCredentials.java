package city.gridline.bench;

import city.gridline.localstack.DevIssuer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The benchmarks' bearer tokens: a development issuer made per run, whose public key the measured services are
 * started with ({@link #issuerSetting()}).
 */
final class BenchCredentials {

    private static final DevIssuer ISSUER = DevIssuer.generate();
    private static final Path PUBLIC_KEY = writePublicKey();
    /** Made once: signing per request would be measured along with the service. */
    private static final String HOTLINE_OPERATOR = "Bearer " + ISSUER.token("bench-desk", List.of("HOTLINE_OPERATOR"),
            List.of("*"), Duration.ofHours(6));

    private BenchCredentials() {
    }

    /** The command-line setting that makes a service trust the benchmark's tokens. */
    static String issuerSetting() {
        return "--spring.security.oauth2.resourceserver.jwt.public-key-location=" + PUBLIC_KEY.toUri();
    }

    /** {@code Authorization} of a hotline desk, who files reports. */
    static String hotlineOperator() {
        return HOTLINE_OPERATOR;
    }

    private static Path writePublicKey() {
        try {
            Path file = Files.createTempFile("gridline-bench-issuer", ".pem");
            file.toFile().deleteOnExit();
            return ISSUER.writePublicKey(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
