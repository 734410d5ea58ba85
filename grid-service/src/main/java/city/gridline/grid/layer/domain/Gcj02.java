package city.gridline.grid.layer.domain;

import org.locationtech.jts.geom.Coordinate;

/**
 * WGS-84 to GCJ-02 ("Mars coordinates", the datum of Chinese web maps), by the public eviltransform
 * formulas on the Krasovsky 1940 ellipsoid. Points outside mainland China's rough bounding box are
 * not shifted, as GCJ-02 does not apply there.
 */
public final class Gcj02 {

    private static final double SEMI_MAJOR_AXIS = 6378245.0;
    private static final double ECCENTRICITY_SQUARED = 0.00669342162296594323;

    private Gcj02() {
    }

    /** @return the GCJ-02 position as x = longitude, y = latitude */
    public static Coordinate fromWgs84(double lon, double lat) {
        if (isOutsideChina(lon, lat)) {
            return new Coordinate(lon, lat);
        }
        double x = lon - 105.0;
        double y = lat - 35.0;
        double dLat = latitudeShift(x, y);
        double dLon = longitudeShift(x, y);
        double radLat = Math.toRadians(lat);
        double magic = 1 - ECCENTRICITY_SQUARED * Math.sin(radLat) * Math.sin(radLat);
        double sqrtMagic = Math.sqrt(magic);
        dLat = (dLat * 180.0) / ((SEMI_MAJOR_AXIS * (1 - ECCENTRICITY_SQUARED)) / (magic * sqrtMagic) * Math.PI);
        dLon = (dLon * 180.0) / (SEMI_MAJOR_AXIS / sqrtMagic * Math.cos(radLat) * Math.PI);
        return new Coordinate(lon + dLon, lat + dLat);
    }

    public static boolean isOutsideChina(double lon, double lat) {
        return lon < 72.004 || lon > 137.8347 || lat < 0.8293 || lat > 55.8271;
    }

    private static double latitudeShift(double x, double y) {
        double shift = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
        shift += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        shift += (20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
        shift += (160.0 * Math.sin(y / 12.0 * Math.PI) + 320 * Math.sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
        return shift;
    }

    private static double longitudeShift(double x, double y) {
        double shift = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
        shift += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        shift += (20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
        shift += (150.0 * Math.sin(x / 12.0 * Math.PI) + 300.0 * Math.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
        return shift;
    }
}
