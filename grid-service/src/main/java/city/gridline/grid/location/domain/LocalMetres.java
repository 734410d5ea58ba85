package city.gridline.grid.location.domain;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;

/**
 * Lon/lat degrees to metres on a plane tangent at one latitude (equirectangular). Across a city, a few tens of
 * kilometres, the error stays far below the tolerance of a boundary distance measured in metres.
 */
final class LocalMetres {

    private static final double METRES_PER_DEGREE_LAT = 110_574.0;
    private static final double METRES_PER_DEGREE_LON_AT_EQUATOR = 111_320.0;

    private final double metresPerDegreeLon;

    LocalMetres(double referenceLatitude) {
        this.metresPerDegreeLon = METRES_PER_DEGREE_LON_AT_EQUATOR * Math.cos(Math.toRadians(referenceLatitude));
    }

    double x(double lon) {
        return lon * metresPerDegreeLon;
    }

    double y(double lat) {
        return lat * METRES_PER_DEGREE_LAT;
    }

    /** A copy of the geometry in metres. */
    Geometry project(Geometry lonLat) {
        Geometry copy = lonLat.copy();
        copy.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence sequence, int i) {
                sequence.setOrdinate(i, CoordinateSequence.X, x(sequence.getX(i)));
                sequence.setOrdinate(i, CoordinateSequence.Y, y(sequence.getY(i)));
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        return copy;
    }
}
