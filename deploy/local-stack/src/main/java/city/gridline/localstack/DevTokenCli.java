package city.gridline.localstack;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * {@code ./gridline token <subject> [ROLE,…] [area,…]}: a bearer token of the local stack's development issuer —
 * for a field member the administrator added, whose subject is the member's id.
 */
public final class DevTokenCli {

    private DevTokenCli() {
    }

    public static void main(String[] args) {
        if (args.length < 1 || args.length > 3) {
            System.err.println("usage: ./gridline token <subject> [ROLE,…] [area,…]   e.g. ./gridline token officer-1"
                    + " OFFICER 110105");
            System.exit(2);
        }
        List<String> roles = args.length > 1 ? Arrays.asList(args[1].split(",")) : List.of();
        List<String> areas = args.length > 2 ? Arrays.asList(args[2].split(",")) : List.of("*");
        StackLayout layout = new StackLayout(Path.of(System.getProperty("gridline.root", ".")));
        System.out.println(layout.devIssuer().token(args[0], roles, areas, DevTokens.VALID_FOR));
    }
}
