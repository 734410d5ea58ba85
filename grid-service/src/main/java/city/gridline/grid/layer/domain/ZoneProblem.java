package city.gridline.grid.layer.domain;

/** One reason a set of special zones cannot be accepted, naming the zone (or zones) concerned where there is one. */
public record ZoneProblem(Kind kind, String zoneCode, String message) {

    public enum Kind {
        MALFORMED_FEATURE,
        MISSING_PROPERTY,
        INVALID_GEOMETRY,
        DUPLICATE_CODE,
        OUTSIDE_DISTRICT,
        OVERLAP
    }
}
