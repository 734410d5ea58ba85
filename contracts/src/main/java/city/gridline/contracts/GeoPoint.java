package city.gridline.contracts;

import java.util.Objects;

/** A longitude/latitude pair in degrees, tagged with its coordinate reference system. */
public record GeoPoint(double lon, double lat, Crs crs) {

    public GeoPoint {
        Objects.requireNonNull(crs, "crs");
        if (!Double.isFinite(lon) || lon < -180 || lon > 180) {
            throw new IllegalArgumentException("longitude out of range: " + lon);
        }
        if (!Double.isFinite(lat) || lat < -90 || lat > 90) {
            throw new IllegalArgumentException("latitude out of range: " + lat);
        }
    }
}
