package city.gridline.bench.load;

/** The steps a report passes on its way, as seen on the broker, and the event types that mark them. */
enum Stage {

    RECEIVED("gridline.report.received"),
    LOCATED("gridline.report.located", "gridline.report.unlocatable"),
    OPENED("gridline.case.opened"),
    /** Dispatched to a team, or transferred to the department that owns the category: the pipeline's end. */
    DECIDED("gridline.case.dispatched", "gridline.case.transferred");

    private final String[] typePrefixes;

    Stage(String... typePrefixes) {
        this.typePrefixes = typePrefixes;
    }

    /** The stage an event type marks ("gridline.case.opened.v1" → OPENED), or null for one that marks none. */
    static Stage of(String eventType) {
        for (Stage stage : values()) {
            for (String prefix : stage.typePrefixes) {
                if (eventType.startsWith(prefix + ".")) {
                    return stage;
                }
            }
        }
        return null;
    }
}
