package city.gridline.intake.report.domain;

/**
 * How far a report has come, as intake learns it from the events of later services. Events of different topics
 * may arrive in any order, so a status only ever moves forward in {@link #rank()}.
 */
public enum ReportStatus {
    RECEIVED(0),
    LOCATED(1),
    UNLOCATABLE(1),
    OPENED(2),
    DISPATCHED(3);

    private final int rank;

    ReportStatus(int rank) {
        this.rank = rank;
    }

    public int rank() {
        return rank;
    }

    /** Nothing more will happen to the report: it could not be placed in the district, so no case follows. */
    public boolean isFinal() {
        return this == UNLOCATABLE;
    }
}
