package city.gridline.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Ready bearer tokens for the local stack, one per role, valid for a working day. The subjects of the command
 * centre's and the administrator's are dispatch's bootstrap members; a field member's token is made for the member
 * the administrator added ({@code ./gridline token <member-id>}).
 */
public final class DevTokens {

    public static final Duration VALID_FOR = Duration.ofHours(12);

    /** Role → subject and areas of its ready token. */
    static final Map<String, Holder> HOLDERS = holders();

    private DevTokens() {
    }

    public static Map<String, String> forEveryRole(DevIssuer issuer) {
        Map<String, String> tokens = new LinkedHashMap<>();
        HOLDERS.forEach((role, holder) -> tokens.put(role,
                issuer.token(holder.subject(), List.of(role), holder.areas(), VALID_FOR)));
        return tokens;
    }

    /** Writes {@code export GRIDLINE_TOKEN_<ROLE>=…} lines, for {@code source}. */
    public static Path writeEnvironmentFile(Map<String, String> tokens, Path file) {
        String lines = tokens.entrySet().stream()
                .map(entry -> "export GRIDLINE_TOKEN_" + entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.joining("\n", "", "\n"));
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, lines);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Holder> holders() {
        Map<String, Holder> holders = new LinkedHashMap<>();
        holders.put("HOTLINE_OPERATOR", new Holder("desk-01", List.of("*")));
        holders.put("COMMAND_CENTRE", new Holder("command", List.of("110105")));
        holders.put("ADMINISTRATOR", new Holder("admin", List.of("*")));
        holders.put("GRID_ADMINISTRATOR", new Holder("grid-admin", List.of("110105")));
        holders.put("SUPERVISOR", new Holder("supervisor-01", List.of("110105")));
        holders.put("OFFICER", new Holder("officer-01", List.of("110105")));
        holders.put("ASSISTANT", new Holder("assistant-01", List.of("110105")));
        holders.put("OPERATIONS", new Holder("operations", List.of("*")));
        holders.put("CITIZEN_PORTAL", new Holder("citizen-portal", List.of("*")));
        return holders;
    }

    record Holder(String subject, List<String> areas) {
    }
}
