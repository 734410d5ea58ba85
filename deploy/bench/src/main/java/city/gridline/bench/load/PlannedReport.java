package city.gridline.bench.load;

/** A report the load will send: when (nanoseconds after the start), from which source, what and where. */
record PlannedReport(long atNanos, Source source, String ticket, String requestType, String categoryCode, double lon,
                     double lat) {

    enum Source { REPLAY, SURGE }
}
