package city.gridline.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Where the local stack keeps its files: everything it writes lives under {@code var/} of the project. */
public record StackLayout(Path root) {

    public StackLayout {
        root = root.toAbsolutePath().normalize();
    }

    public Path var() {
        return root.resolve("var");
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

    /** The java executable running this launcher, so every process of the stack uses the same JDK. */
    public static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
