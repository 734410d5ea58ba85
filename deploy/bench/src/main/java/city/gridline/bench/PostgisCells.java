package city.gridline.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import city.gridline.grid.layer.domain.Cell;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.WKBWriter;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * A layer's cells in a PostGIS table ({@code code}, {@code geom} in SRID 4326) with a GiST index, asked with the
 * same tie rule as the in-memory engines: {@code ST_Covers} (a point on a boundary is covered, where
 * {@code ST_Contains} would find no cell for a point on a shared edge) and the smallest code first.
 *
 * <p>Geometries travel as hexadecimal EWKB, so PostGIS gets the exact doubles. A table is reloaded only when the
 * layer's fingerprint (SHA-256 of codes and geometries) differs from the one stored with it, so reruns skip the
 * load. Before measuring, table and index are read into shared buffers ({@code pg_prewarm}) and each client runs
 * a warm-up, so PostGIS is measured warm, like the in-memory engines.
 */
final class PostgisCells {

    private static final int SRID = 4326;
    private static final int WARM_UP_QUERIES = 2_000;

    private final String jdbcUrl;
    private final String table;
    private double loadSeconds;

    record Run(Measurement measurement, String[] answers) {
    }

    private PostgisCells(String jdbcUrl, String table) {
        this.jdbcUrl = jdbcUrl;
        this.table = table;
    }

    /** The table, loaded if it was missing or held another layer, warm and checked to be queried by its index. */
    static PostgisCells loaded(String jdbcUrl, String table, List<Cell> cells) throws SQLException {
        PostgisCells postgis = new PostgisCells(jdbcUrl, table);
        try (Connection connection = DriverManager.getConnection(jdbcUrl)) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE EXTENSION IF NOT EXISTS postgis");
                statement.execute("CREATE EXTENSION IF NOT EXISTS pg_prewarm");
                statement.execute("CREATE TABLE IF NOT EXISTS bench_layer (name text PRIMARY KEY,"
                        + " fingerprint text NOT NULL, cells integer NOT NULL)");
            }
            String fingerprint = fingerprint(cells);
            if (!fingerprint.equals(postgis.storedFingerprint(connection))) {
                long start = System.nanoTime();
                postgis.load(connection, cells, fingerprint);
                postgis.loadSeconds = (System.nanoTime() - start) / 1e9;
            }
            postgis.prewarm(connection);
            postgis.requireIndexScan(connection, cells.get(0).representativePoint().getX(),
                    cells.get(0).representativePoint().getY());
        }
        return postgis;
    }

    /** Seconds the load took, 0 when the table already held this layer. */
    double loadSeconds() {
        return loadSeconds;
    }

    String serverVersions() throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl);
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT current_setting('server_version'), postgis_lib_version(),"
                     + " postgis_geos_version()")) {
            result.next();
            return "PostgreSQL " + result.getString(1) + ", PostGIS " + result.getString(2) + " (GEOS "
                    + result.getString(3) + ")";
        }
    }

    /** Table and index size on the server. */
    long relationBytes() throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl);
             PreparedStatement statement = connection.prepareStatement("SELECT pg_total_relation_size(?::regclass)")) {
            statement.setString(1, table);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    /** Asks about every point once, the points split in contiguous shares among {@code clients} connections. */
    Run run(QueryPoints points, int clients) throws Exception {
        String[] answers = new String[points.size()];
        long[] latencies = new long[points.size()];
        CyclicBarrier start = new CyclicBarrier(clients + 1);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int client = 0; client < clients; client++) {
                int from = client * points.size() / clients;
                int to = (client + 1) * points.size() / clients;
                done.add(pool.submit(() -> {
                    askShare(points, from, to, answers, latencies, start);
                    return null;
                }));
            }
            start.await();
            long begin = System.nanoTime();
            for (Future<?> client : done) {
                client.get();
            }
            double seconds = (System.nanoTime() - begin) / 1e9;
            return new Run(new Measurement(points.size(), seconds, Measurement.p99(latencies, latencies.length),
                    "per query"), answers);
        } finally {
            pool.shutdownNow();
        }
    }

    private void askShare(QueryPoints points, int from, int to, String[] answers, long[] latencies,
                          CyclicBarrier start) throws Exception {
        try (Connection connection = DriverManager.getConnection(jdbcUrl);
             PreparedStatement query = connection.prepareStatement(query())) {
            for (int i = from; i < Math.min(to, from + WARM_UP_QUERIES); i++) {
                ask(query, points.lon()[i], points.lat()[i]);
            }
            start.await();
            for (int i = from; i < to; i++) {
                long begin = System.nanoTime();
                answers[i] = ask(query, points.lon()[i], points.lat()[i]);
                latencies[i] = System.nanoTime() - begin;
            }
        }
    }

    private String query() {
        return "SELECT code FROM " + table + " WHERE ST_Covers(geom, ST_SetSRID(ST_MakePoint(?, ?), " + SRID + "))"
                + " ORDER BY code LIMIT 1";
    }

    /** Fails unless the query is answered through the GiST index (a sequential scan would measure something else). */
    private void requireIndexScan(Connection connection, double lon, double lat) throws SQLException {
        StringBuilder plan = new StringBuilder();
        try (PreparedStatement explain = connection.prepareStatement("EXPLAIN " + query())) {
            explain.setDouble(1, lon);
            explain.setDouble(2, lat);
            try (ResultSet result = explain.executeQuery()) {
                while (result.next()) {
                    plan.append(result.getString(1)).append('\n');
                }
            }
        }
        if (!plan.toString().contains(table + "_geom")) {
            throw new IllegalStateException("PostGIS does not use the GiST index for the look-up:\n" + plan);
        }
    }

    private static String ask(PreparedStatement query, double lon, double lat) throws SQLException {
        query.setDouble(1, lon);
        query.setDouble(2, lat);
        try (ResultSet result = query.executeQuery()) {
            return result.next() ? result.getString(1) : null;
        }
    }

    private String storedFingerprint(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT fingerprint FROM bench_layer WHERE name = ? AND to_regclass(name) IS NOT NULL")) {
            statement.setString(1, table);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() ? result.getString(1) : null;
            }
        }
    }

    private void load(Connection connection, List<Cell> cells, String fingerprint) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS " + table);
            statement.execute("CREATE TABLE " + table + " (code text COLLATE \"C\" NOT NULL,"
                    + " geom geometry(Geometry, " + SRID + ") NOT NULL)");
        }
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY " + table + " (code, geom) FROM STDIN");
        try {
            StringBuilder rows = new StringBuilder(1 << 20);
            for (Cell cell : cells) {
                rows.append(cell.code()).append('\t').append(WKBWriter.toHex(ewkb(cell.geometry()))).append('\n');
                if (rows.length() > 1 << 19) {
                    write(copy, rows);
                }
            }
            write(copy, rows);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE INDEX " + table + "_geom ON " + table + " USING gist (geom)");
            statement.execute("VACUUM ANALYZE " + table);
        }
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO bench_layer (name, fingerprint,"
                + " cells) VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE SET fingerprint = excluded.fingerprint,"
                + " cells = excluded.cells")) {
            statement.setString(1, table);
            statement.setString(2, fingerprint);
            statement.setInt(3, cells.size());
            statement.executeUpdate();
        }
    }

    private void prewarm(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_prewarm(?::regclass)")) {
            for (String relation : List.of(table, table + "_geom")) {
                statement.setString(1, relation);
                statement.executeQuery().close();
            }
        }
    }

    private static void write(CopyIn copy, StringBuilder rows) throws SQLException {
        byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        rows.setLength(0);
    }

    private static byte[] ewkb(Geometry geometry) {
        Geometry withSrid = geometry.copy();
        withSrid.setSRID(SRID);
        return new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN, true).write(withSrid);
    }

    private static String fingerprint(List<Cell> cells) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Cell cell : cells) {
                digest.update(cell.code().getBytes(StandardCharsets.UTF_8));
                digest.update(ewkb(cell.geometry()));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
