package city.gridline.contracts;

import java.util.Objects;

/** A longitude/latitude pair in degrees, tagged with its coordinate reference system. */
public record GeoPoint(double lon, double lat, Crs crs) {

    private static final double EARTH_RADIUS_METRES = 6_371_008.8;

    public GeoPoint {
        Objects.requireNonNull(crs, "crs");
        if (!Double.isFinite(lon) || lon < -180 || lon > 180) {
            throw new IllegalArgumentException("longitude out of range: " + lon);
        }
        if (!Double.isFinite(lat) || lat < -90 || lat > 90) {
            throw new IllegalArgumentException("latitude out of range: " + lat);
        }
    }

    /**
     * The great-circle distance to another point, in metres — accurate to well under a metre over the few hundred
     * metres a check-in or a repeated report spans. Both points must be in the same coordinate system.
     */
    public double metresTo(GeoPoint other) {
        if (other.crs != crs) {
            throw new IllegalArgumentException("distance between " + crs + " and " + other.crs + " points");
        }
        double lat1 = Math.toRadians(lat);
        double lat2 = Math.toRadians(other.lat);
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(other.lon - lon);
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
