package city.gridline.grid.layer.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * A district's special zones, indexed to find the zone at a point. Zones may share a border but must not
 * overlap, so that a point has at most one special-area team; this is checked on construction. Built once,
 * then only read, so concurrent look-ups are safe. A point on a border shared by two zones resolves to the
 * zone with the smaller code.
 */
public final class SpecialZones {

    /** The DE-9IM pattern of two areas whose interiors share a point: they overlap, more than touch. */
    static final String INTERIORS_INTERSECT = "T********";

    private record Entry(SpecialZone zone, PreparedGeometry area) {
    }

    private final GeometryFactory factory = new GeometryFactory();
    private final List<SpecialZone> zones;
    private final STRtree tree = new STRtree();

    public SpecialZones(List<SpecialZone> zones) {
        this.zones = zones.stream().sorted(Comparator.comparing(SpecialZone::code)).toList();
        Set<String> codes = new HashSet<>();
        for (SpecialZone zone : this.zones) {
            if (!codes.add(zone.code())) {
                throw new IllegalArgumentException("zone code " + zone.code() + " is used twice");
            }
        }
        for (int i = 0; i < this.zones.size(); i++) {
            for (int j = i + 1; j < this.zones.size(); j++) {
                SpecialZone a = this.zones.get(i);
                SpecialZone b = this.zones.get(j);
                if (a.area().relate(b.area(), INTERIORS_INTERSECT)) {
                    throw new IllegalArgumentException("zones " + a.code() + " and " + b.code() + " overlap");
                }
            }
        }
        for (SpecialZone zone : this.zones) {
            tree.insert(zone.area().getEnvelopeInternal(), new Entry(zone, PreparedGeometryFactory.prepare(zone.area())));
        }
        tree.build();
    }

    public static SpecialZones none() {
        return new SpecialZones(List.of());
    }

    /** The zones, ordered by code. */
    public List<SpecialZone> zones() {
        return zones;
    }

    public Optional<SpecialZone> byCode(String code) {
        return zones.stream().filter(zone -> zone.code().equals(code)).findFirst();
    }

    /** The zone covering the point (lon/lat in the zones' CRS), if any. */
    public Optional<SpecialZone> zoneAt(double lon, double lat) {
        Point point = factory.createPoint(new Coordinate(lon, lat));
        @SuppressWarnings("unchecked")
        List<Entry> candidates = tree.query(new Envelope(lon, lon, lat, lat));
        return candidates.stream()
                .filter(entry -> entry.area().covers(point))
                .map(Entry::zone)
                .min(Comparator.comparing(SpecialZone::code));
    }

    /** The zones not lying wholly inside {@code area}, e.g. the district outline; empty when all do. */
    public List<SpecialZone> zonesNotWithin(Geometry area) {
        List<SpecialZone> outside = new ArrayList<>();
        PreparedGeometry prepared = PreparedGeometryFactory.prepare(area);
        for (SpecialZone zone : zones) {
            if (!prepared.covers(zone.area())) {
                outside.add(zone);
            }
        }
        return outside;
    }
}
