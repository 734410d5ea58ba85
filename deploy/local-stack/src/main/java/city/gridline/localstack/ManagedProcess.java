package city.gridline.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One process of the stack: started with its output in a log file and its pid in a pid file, so that
 * {@code ./gridline down} can stop it even when the launcher that started it is gone.
 */
public final class ManagedProcess {

    private static final Duration GRACE = Duration.ofSeconds(20);

    private final String name;
    private final List<String> command;
    private final Path logFile;
    private final Path pidFile;
    private final Map<String, String> environment;
    private Process process;

    ManagedProcess(String name, List<String> command, StackLayout layout) {
        this(name, command, Map.of(), layout);
    }

    /** {@code environment}: added to this process's environment — for secrets, which a command line would show. */
    ManagedProcess(String name, List<String> command, Map<String, String> environment, StackLayout layout) {
        this.name = name;
        this.command = List.copyOf(command);
        this.environment = Map.copyOf(environment);
        this.logFile = layout.logs().resolve(name + ".log");
        this.pidFile = layout.run().resolve(name + ".pid");
    }

    public String name() {
        return name;
    }

    public Path logFile() {
        return logFile;
    }

    public void start() {
        try {
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            builder.environment().putAll(environment);
            process = builder.start();
            Files.writeString(pidFile, Long.toString(process.pid()));
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name, e);
        }
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    public void stop() {
        if (process != null) {
            stop(process.toHandle());
        }
        deletePidFile();
    }

    /** Kills the process at once (SIGKILL): no shutdown hooks, no flushing — as a crash or the OOM killer would. */
    public void kill() {
        if (process != null) {
            process.destroyForcibly();
            try {
                process.onExit().get(GRACE.toSeconds(), TimeUnit.SECONDS);
            } catch (Exception timedOutOrInterrupted) {
                throw new IllegalStateException(name + " survived SIGKILL", timedOutOrInterrupted);
            }
        }
        deletePidFile();
    }

    /** Stops the process a pid file names, if it is still the process the stack started. */
    static Optional<String> stopFromPidFile(Path pidFile, String expectedInCommandLine) {
        try {
            long pid = Long.parseLong(Files.readString(pidFile).strip());
            Optional<ProcessHandle> handle = ProcessHandle.of(pid)
                    .filter(p -> p.info().commandLine().map(c -> c.contains(expectedInCommandLine)).orElse(false));
            handle.ifPresent(ManagedProcess::stop);
            Files.deleteIfExists(pidFile);
            return handle.map(p -> pidFile.getFileName().toString().replace(".pid", "") + " (pid " + pid + ")");
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void stop(ProcessHandle handle) {
        handle.destroy();
        try {
            handle.onExit().get(GRACE.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception timedOutOrInterrupted) {
            handle.destroyForcibly();
        }
    }

    private void deletePidFile() {
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
