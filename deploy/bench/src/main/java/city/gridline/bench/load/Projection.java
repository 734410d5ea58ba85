package city.gridline.bench.load;

/**
 * A city's bounding box stretched onto the district's, each axis on its own: every request keeps its relative
 * position, so the city's clusters (busy blocks, quiet parks) land as clusters in the district. Points inside the
 * district's box but outside its outline fall where the grid has no cell, and come back unlocatable, as they would.
 */
record Projection(Box from, Box to) {

    /** @return {lon, lat} in the district */
    double[] project(double lat, double lon) {
        double x = (lon - from.minLon()) / (from.maxLon() - from.minLon());
        double y = (lat - from.minLat()) / (from.maxLat() - from.minLat());
        return new double[] {to.minLon() + x * (to.maxLon() - to.minLon()),
                to.minLat() + y * (to.maxLat() - to.minLat())};
    }
}
