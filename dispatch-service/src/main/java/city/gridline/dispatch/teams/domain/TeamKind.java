package city.gridline.dispatch.teams.domain;

/** The kinds of enforcement units the seed policies station in a district. */
public enum TeamKind {
    /** A comprehensive enforcement group stationed in a level-1 grid (综合执法组). */
    GRID_GROUP,
    /** A street's squad (街道中队). */
    STREET_SQUAD,
    /** A special-area team (特殊地区执法队), for one special zone. */
    SPECIAL_AREA,
    /** The district's comprehensive team for cross-area and major cases (区综合执法大队). */
    DISTRICT_TEAM,
    /** The inspection team (督察队). */
    INSPECTION,
    /** The command centre's own desk. */
    COMMAND_CENTRE
}
