package city.gridline.dispatch.teams.domain;

/** What a member may do, as the 2017 policies divide the work. */
public enum Role {
    /** A sworn enforcement officer (执法队员): handles cases and takes enforcement decisions. */
    OFFICER,
    /** An assistant (协管员): may publicise, patrol, collect information and dissuade — never decide a case. */
    ASSISTANT,
    /** A field supervisor (监督员): reports problems and verifies results on site. */
    SUPERVISOR,
    /** The command centre (指挥中心): dispatches, chases, escalates, approves extensions, cancels. */
    COMMAND_CENTRE,
    /** Maintains the catalogue, teams, members and duty rosters. */
    ADMINISTRATOR
}
