package city.gridline.intake.report.domain;

import city.gridline.contracts.GeoPoint;

import java.util.ArrayList;
import java.util.List;

/**
 * The coarse cells a report is looked up by when a new one may repeat it (重复上报): bands of latitude about
 * {@value #CELL_METRES} m high, each cut into columns at least that wide. A report is stored under the cell of its
 * category, coordinate system and position; every report within a distance of a point lies in one of the few cells
 * {@link #cellsWithin} gives (at most nine for 50 m), so the look-up is an equality on one indexed key whatever the
 * rest of the category does. The grid does not depend on the distance, so changing it needs no new keys. It does
 * not reach across the antimeridian (180°), far from any city that uses Gridline.
 */
public final class RepeatGrid {

    static final double CELL_METRES = 100;

    /** {@link GeoPoint#metresTo}'s. */
    private static final double EARTH_RADIUS_METRES = 6_371_008.8;
    private static final double METRES_PER_DEGREE = EARTH_RADIUS_METRES * Math.PI / 180;
    private static final double ROW_DEGREES = CELL_METRES / METRES_PER_DEGREE;
    /** Widens the bounds so that rounding never leaves out a report at exactly the distance. */
    private static final double SLACK_METRES = 1;

    private RepeatGrid() {
    }

    public static String cellOf(String categoryCode, GeoPoint point) {
        long row = row(point.lat());
        return key(categoryCode, point, row, column(row, point.lon()));
    }

    /**
     * The cells that hold every point within {@code metres} of {@code point}: the rows its latitude can differ by,
     * and in each row the columns its longitude can differ by where the rows are nearest the pole.
     */
    public static List<String> cellsWithin(String categoryCode, GeoPoint point, double metres) {
        double reach = metres + SLACK_METRES;
        double latDegrees = Math.toDegrees(reach / EARTH_RADIUS_METRES);
        double lonDegrees = lonDegreesWithin(point.lat(), latDegrees, reach);
        List<String> cells = new ArrayList<>();
        long lastRow = row(Math.min(90, point.lat() + latDegrees));
        for (long row = row(Math.max(-90, point.lat() - latDegrees)); row <= lastRow; row++) {
            long lastColumn = column(row, Math.min(180, point.lon() + lonDegrees));
            long firstColumn = column(row, Math.max(-180, point.lon() - lonDegrees));
            for (long column = firstColumn; column <= lastColumn; column++) {
                cells.add(key(categoryCode, point, row, column));
            }
        }
        return cells;
    }

    /**
     * How far in longitude a point within {@code reach} metres can be. By the haversine formula the distance's
     * sin²(d/2R) is at least cos φ₁ cos φ₂ sin²(Δλ/2), and neither latitude's cosine is below that of the latitude
     * furthest from the equator the point can have.
     */
    private static double lonDegreesWithin(double lat, double latDegrees, double reach) {
        double cos = StrictMath.cos(Math.toRadians(Math.min(90, Math.abs(lat) + latDegrees)));
        double sinHalf = StrictMath.sin(reach / (2 * EARTH_RADIUS_METRES)) / cos;
        if (!(cos > 0) || sinHalf >= 1) {
            return 360;
        }
        return Math.toDegrees(2 * StrictMath.asin(sinHalf));
    }

    private static long row(double lat) {
        return (long) Math.floor(lat / ROW_DEGREES);
    }

    private static long column(long row, double lon) {
        return (long) Math.floor(lon / columnDegrees(row));
    }

    /** At least {@link #CELL_METRES} wide on the row's edge nearest the pole, so wider everywhere else in it. */
    private static double columnDegrees(long row) {
        double poleSide = Math.min(90, Math.max(Math.abs(row * ROW_DEGREES), Math.abs((row + 1) * ROW_DEGREES)));
        double cos = StrictMath.cos(Math.toRadians(poleSide));
        return cos * 360 * METRES_PER_DEGREE <= CELL_METRES ? 360 : CELL_METRES / (cos * METRES_PER_DEGREE);
    }

    private static String key(String categoryCode, GeoPoint point, long row, long column) {
        return categoryCode + "|" + point.crs() + "|" + row + "|" + column;
    }
}
