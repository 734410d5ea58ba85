package city.gridline.grid.layer.domain;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.valid.IsValidOp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks a district's whole set of special zones before any of it is accepted, listing every problem: each zone
 * needs a code, a name, its team's id and name and a valid Polygon or MultiPolygon; codes are unique; every zone
 * lies inside the district's outline, but for slivers up to the area tolerance (the outline and the zones are
 * drawn independently, so a zone traced along the district's border may stray by a rounding); and no two zones
 * overlap at all (they may share a border), so that a point has at most one special-area team, exactly the rule
 * {@link SpecialZones} keeps.
 */
public final class ZoneValidator {

    private final PreparedGeometry districtOutline;
    private final double areaTolerance;

    public ZoneValidator(Geometry districtOutline, double areaTolerance) {
        this.districtOutline = PreparedGeometryFactory.prepare(districtOutline);
        this.areaTolerance = areaTolerance;
    }

    /** The zones, when there is no problem; otherwise every problem found. */
    public Outcome validate(List<ZoneDraft> drafts) {
        if (drafts.isEmpty()) {
            return new Outcome(null, List.of(new ZoneProblem(ZoneProblem.Kind.MALFORMED_FEATURE, null,
                    "the file holds no zone; a district's zones are replaced as a whole, so an empty file is taken"
                            + " for a mistake")));
        }
        List<ZoneProblem> problems = new ArrayList<>();
        List<SpecialZone> zones = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int position = 0; position < drafts.size(); position++) {
            ZoneDraft draft = drafts.get(position);
            int before = problems.size();
            checkProperties(draft, position, codes, problems);
            checkArea(draft, problems);
            if (problems.size() == before) {
                zones.add(new SpecialZone(draft.code(), draft.name(), draft.area(), draft.teamId(), draft.teamName()));
            }
        }
        findOverlaps(zones, problems);
        return problems.isEmpty() ? new Outcome(new SpecialZones(zones), List.of())
                : new Outcome(null, List.copyOf(problems));
    }

    private static void checkProperties(ZoneDraft draft, int position, Set<String> codes, List<ZoneProblem> problems) {
        List<String> missing = new ArrayList<>();
        if (blank(draft.code())) {
            missing.add("code");
        }
        if (blank(draft.name())) {
            missing.add("name");
        }
        if (blank(draft.teamId())) {
            missing.add("teamId");
        }
        if (blank(draft.teamName())) {
            missing.add("teamName");
        }
        if (!missing.isEmpty()) {
            problems.add(new ZoneProblem(ZoneProblem.Kind.MISSING_PROPERTY, draft.code(),
                    "zone feature " + position + " lacks " + String.join(", ", missing)));
        }
        if (!blank(draft.code()) && !codes.add(draft.code())) {
            problems.add(new ZoneProblem(ZoneProblem.Kind.DUPLICATE_CODE, draft.code(),
                    "zone code appears more than once"));
        }
    }

    private void checkArea(ZoneDraft draft, List<ZoneProblem> problems) {
        Geometry area = draft.area();
        if (!(area instanceof Polygonal) || area.isEmpty()) {
            problems.add(new ZoneProblem(ZoneProblem.Kind.INVALID_GEOMETRY, draft.code(),
                    "zone area must be a non-empty Polygon or MultiPolygon, not "
                            + (area == null ? "missing" : area.getGeometryType())));
            return;
        }
        IsValidOp validity = new IsValidOp(area);
        if (!validity.isValid()) {
            problems.add(new ZoneProblem(ZoneProblem.Kind.INVALID_GEOMETRY, draft.code(),
                    validity.getValidationError().getMessage() + " at "
                            + format(validity.getValidationError().getCoordinate().x,
                            validity.getValidationError().getCoordinate().y)));
            return;
        }
        if (!districtOutline.covers(area)) {
            Geometry outside = area.difference(districtOutline.getGeometry());
            if (outside.getArea() > areaTolerance) {
                Point where = outside.getInteriorPoint();
                problems.add(new ZoneProblem(ZoneProblem.Kind.OUTSIDE_DISTRICT, draft.code(), "zone reaches "
                        + String.format(Locale.ROOT, "%.3g", outside.getArea())
                        + " square degrees outside the district near " + format(where.getX(), where.getY())));
            }
        }
    }

    private static void findOverlaps(List<SpecialZone> zones, List<ZoneProblem> problems) {
        for (int i = 0; i < zones.size(); i++) {
            for (int j = i + 1; j < zones.size(); j++) {
                SpecialZone a = zones.get(i);
                SpecialZone b = zones.get(j);
                if (a.area().relate(b.area(), SpecialZones.INTERIORS_INTERSECT)) {
                    Geometry shared = a.area().intersection(b.area());
                    Point where = shared.getInteriorPoint();
                    problems.add(new ZoneProblem(ZoneProblem.Kind.OVERLAP, a.code(), "zones " + a.code() + " and "
                            + b.code() + " overlap by " + String.format(Locale.ROOT, "%.3g", shared.getArea())
                            + " square degrees near " + format(where.getX(), where.getY())));
                }
            }
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String format(double lon, double lat) {
        return String.format(Locale.ROOT, "(%.6f, %.6f)", lon, lat);
    }

    /** Either the checked zones or the problems; never both. */
    public record Outcome(SpecialZones zones, List<ZoneProblem> problems) {

        public boolean accepted() {
            return problems.isEmpty();
        }
    }
}
