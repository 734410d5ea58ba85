package city.gridline.contracts;

/**
 * Kafka topic names. Services bind them in {@code application.yml}; these constants are for tests and tools
 * that talk to the broker directly, and for the event type registry.
 */
public final class Topics {

    public static final String REPORTS_RECEIVED = "reports.received";
    public static final String REPORTS_LOCATED = "reports.located";
    public static final String REPORTS_REPORTERS = "reports.reporters";
    public static final String CASES_EVENTS = "cases.events";
    public static final String CATALOGUE_EVENTS = "catalogue.events";
    public static final String NOTIFICATIONS_EVENTS = "notifications.events";
    /** Compacted, keyed by district code: the latest population summary of each district's active grid layer. */
    public static final String GRID_POPULATION = "grid.population";
    /** Compacted, keyed by team id: the latest roster of each team. */
    public static final String TEAMS_ROSTERS = "teams.rosters";

    private Topics() {
    }

    /** The dead-letter topic of one consumer group on one topic: a poison message names who failed on it. */
    public static String deadLetter(String topic, String consumerGroup) {
        return topic + "." + consumerGroup + ".dlq";
    }
}
