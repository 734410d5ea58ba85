package city.gridline.dispatch.teams.domain;

/**
 * The kinds of enforcement units the seed policies station in a district. Field units are front line (一线) in the
 * sense of Zhengzhou's "一线执法人员不得低于执法队伍总编制的80%"; inspection and the command centre are not.
 */
public enum TeamKind {
    /** A comprehensive enforcement group stationed in a level-1 grid (综合执法组). */
    GRID_GROUP(true),
    /** A street's squad (街道中队). */
    STREET_SQUAD(true),
    /** A special-area team (特殊地区执法队), for one special zone. */
    SPECIAL_AREA(true),
    /** The district's comprehensive team for cross-area and major cases (区综合执法大队). */
    DISTRICT_TEAM(true),
    /** The inspection team (督察队). */
    INSPECTION(false),
    /** The command centre's own desk. */
    COMMAND_CENTRE(false);

    private final boolean frontLine;

    TeamKind(boolean frontLine) {
        this.frontLine = frontLine;
    }

    /** Whether the unit works cases in the field. */
    public boolean frontLine() {
        return frontLine;
    }
}
