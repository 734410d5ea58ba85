package city.gridline.contracts.category;

/** The kind of unit a category's cases go to, as the list of powers and duties (权责清单) assigns them. */
public enum ResponsibleUnit {
    /** The comprehensive enforcement group stationed in the case's unit grid (综合执法组). */
    GRID_GROUP,
    /** The street's squad (街道中队). */
    STREET_SQUAD,
    /** The district's comprehensive team, for major and cross-area matters (区综合执法大队). */
    DISTRICT_TEAM
}
