package city.gridline.bench;

/**
 * One line of the result table.
 *
 * @param heap            what the engine holds: retained heap for the in-memory indexes, table and index size on
 *                        the server for PostGIS
 * @param timesPostgis    throughput relative to PostGIS with as many clients as threads here
 */
record ResultRow(int cells, String engine, int threads, Measurement measurement, String heap, double timesPostgis) {

    static final String[] HEADER = {"cells", "engine", "threads", "lookups/s", "p99 per lookup", "heap", "× PostGIS"};

    String[] columns() {
        return new String[] {String.format("%,d", cells), engine, Integer.toString(threads),
                String.format("%,.0f", measurement.lookupsPerSecond()), duration(measurement.p99Nanos()), heap,
                String.format("%,.1f", timesPostgis)};
    }

    static String duration(double nanos) {
        if (nanos < 1_000) {
            return String.format("%.0f ns", nanos);
        }
        if (nanos < 1_000_000) {
            return String.format("%.1f µs", nanos / 1e3);
        }
        return String.format("%.2f ms", nanos / 1e6);
    }

    static String megabytes(long bytes) {
        return String.format("%,.1f MB", bytes / 1e6);
    }
}
