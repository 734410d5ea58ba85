package city.gridline.bench.load;

import java.util.Collection;

/** A lon/lat bounding box. */
record Box(double minLon, double minLat, double maxLon, double maxLat) {

    Box {
        if (!(minLon < maxLon && minLat < maxLat)) {
            throw new IllegalArgumentException("empty box " + minLon + "," + minLat + " – " + maxLon + "," + maxLat);
        }
    }

    static Box around(Collection<ServiceRequest> requests) {
        double minLon = Double.POSITIVE_INFINITY;
        double minLat = Double.POSITIVE_INFINITY;
        double maxLon = Double.NEGATIVE_INFINITY;
        double maxLat = Double.NEGATIVE_INFINITY;
        for (ServiceRequest request : requests) {
            minLon = Math.min(minLon, request.lon());
            maxLon = Math.max(maxLon, request.lon());
            minLat = Math.min(minLat, request.lat());
            maxLat = Math.max(maxLat, request.lat());
        }
        return new Box(minLon, minLat, maxLon, maxLat);
    }
}
