package city.gridline.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.stream.Stream;

/**
 * Where the local stack keeps its files: everything it writes lives under {@code var/} of the project, or under the
 * directory given instead (the load benchmark's stack keeps its data apart from the one {@code ./gridline up} keeps).
 */
public record StackLayout(Path root, Path var) {

    public StackLayout {
        root = root.toAbsolutePath().normalize();
        var = var.toAbsolutePath().normalize();
    }

    public StackLayout(Path root) {
        this(root, root.resolve("var"));
    }

    public Path logs() {
        return var().resolve("logs");
    }

    public Path run() {
        return var().resolve("run");
    }

    public Path kafka() {
        return var().resolve("kafka");
    }

    public Path mongo() {
        return var().resolve("mongo");
    }

    /** The development token issuer's keys: made on first use, kept so that printed tokens outlive a restart. */
    public Path devIssuerKeys() {
        return var().resolve("dev-issuer");
    }

    public DevIssuer devIssuer() {
        return DevIssuer.inDirectory(devIssuerKeys());
    }

    /** The public key the services check bearer tokens with, as a {@code file:} location. */
    public String devIssuerPublicKeyLocation() {
        devIssuer();
        return devIssuerKeys().resolve("public-key.pem").toUri().toString();
    }

    public void createDirectories() {
        try {
            for (Path directory : new Path[] {logs(), run(), kafka(), mongo()}) {
                Files.createDirectories(directory);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The executable jar Maven built for a service module, e.g. {@code grid-service/target/grid-service-…-exec.jar}. */
    public Path serviceJar(String module) {
        Path target = root.resolve(module).resolve("target");
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(f -> f.getFileName().toString().endsWith("-exec.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no executable jar in " + target));
        } catch (IOException e) {
            throw new IllegalStateException("no executable jar in " + target + ": build it with ./mvnw package", e);
        }
    }

    /**
     * The stack's key for sealing reporters' phone numbers (Base64 of 32 random bytes), made on first use and kept
     * in {@code var/contact.key}, readable by the owner only — so sealed numbers stay readable across restarts.
     */
    public String contactKey() {
        Path file = var().resolve("contact.key");
        try {
            if (Files.notExists(file)) {
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                Files.createDirectories(var());
                Files.writeString(file, Base64.getEncoder().encodeToString(key));
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException notPosix) {
                    // A file system without POSIX permissions (Windows): the user's profile protects it.
                }
            }
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The java executable running this launcher, so every process of the stack uses the same JDK. */
    public static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
