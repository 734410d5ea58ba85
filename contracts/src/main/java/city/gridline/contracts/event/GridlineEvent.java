package city.gridline.contracts.event;

/**
 * Every event Gridline publishes. One sealed family per topic; the wire type of each record is registered in
 * {@link EventTypes}, never derived from a Java class name.
 */
public sealed interface GridlineEvent permits ReportReceived, ReportLocation, CaseEvent, CategoryChanged,
        NotificationEvent, ReporterRegistered,
        PopulationChanged, TeamRosterChanged {

    /** The key of the event on its topic: all events of one report or one case share a partition, in order. */
    String aggregateId();
}
