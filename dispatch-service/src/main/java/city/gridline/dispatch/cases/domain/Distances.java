package city.gridline.dispatch.cases.domain;

import city.gridline.contracts.GeoPoint;

/** Great-circle distances, accurate to well under a metre over the few hundred metres a check-in spans. */
public final class Distances {

    private static final double EARTH_RADIUS_METRES = 6_371_008.8;

    private Distances() {
    }

    public static double metres(GeoPoint a, GeoPoint b) {
        double lat1 = Math.toRadians(a.lat());
        double lat2 = Math.toRadians(b.lat());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(b.lon() - a.lon());
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
