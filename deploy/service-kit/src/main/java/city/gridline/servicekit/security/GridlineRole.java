package city.gridline.servicekit.security;

/**
 * What a caller may do across Gridline, carried in a bearer token's {@code roles} claim or given to an API key.
 * Dispatch decides its field and command-centre work by its own member directory; these roles gate the paths.
 */
public enum GridlineRole {
    /** Files reports for callers at the 12319 / 12345 / 110 desks, looks up their status, records call-backs. */
    HOTLINE_OPERATOR,
    /** A hotline's or 110's own system handing tickets over (API key). */
    HOTLINE_SYSTEM,
    /** An Open311 GeoReport v2 client (API key). */
    OPEN311_CLIENT,
    /** A field supervisor (监督员): reports on patrol, verifies results on site. */
    SUPERVISOR,
    /** A sworn enforcement officer (执法队员). */
    OFFICER,
    /** An assistant (协管员). */
    ASSISTANT,
    /** The command centre (指挥中心): dispatches, chases, escalates, watches deadlines and deliveries. */
    COMMAND_CENTRE,
    /** Imports, generates, checks and re-balances grid layers and zones. */
    GRID_ADMINISTRATOR,
    /** Maintains the catalogue, teams, members, duty rosters and API keys. */
    ADMINISTRATOR,
    /** Operations and leadership: assessment, staffing and delivery figures, read only. */
    OPERATIONS,
    /** The city's citizen portal, looking up a case for the citizen who reported it. */
    CITIZEN_PORTAL;

    /** The names, for {@code hasAnyRole(…)}. */
    public static String[] names(GridlineRole... roles) {
        return java.util.Arrays.stream(roles).map(Enum::name).toArray(String[]::new);
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
