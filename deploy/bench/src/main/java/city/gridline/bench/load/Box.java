package city.gridline.bench.load;

import java.util.Collection;

/** A lon/lat bounding box. */
record Box(double minLon, double minLat, double maxLon, double maxLat) {

    Box {
        if (!(minLon < maxLon && minLat < maxLat)) {
            throw new IllegalArgumentException("empty box " + minLon + "," + minLat + " – " + maxLon + "," + maxLat);
        }
    }

    /**
     * The box of the central part of the requests: on each axis from the {@code trim} quantile to the 1 − {@code trim}
     * one, so that a few stray points (Baltimore's rows at latitude 39.0 or longitude -76.0, addresses out in the
     * county) do not stretch the box and squeeze the city into a corner of the district.
     */
    static Box core(Collection<ServiceRequest> requests, double trim) {
        double[] lons = requests.stream().mapToDouble(ServiceRequest::lon).sorted().toArray();
        double[] lats = requests.stream().mapToDouble(ServiceRequest::lat).sorted().toArray();
        int low = (int) Math.floor(trim * lons.length);
        int high = Math.max(low, (int) Math.ceil((1 - trim) * lons.length) - 1);
        return new Box(lons[low], lats[low], lons[high], lats[high]);
    }

    boolean contains(double lat, double lon) {
        return lon >= minLon && lon <= maxLon && lat >= minLat && lat <= maxLat;
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
