package city.gridline.grid.layer.domain;

/** One reason a layer cannot be accepted, naming the cell (or cells) concerned where there is one. */
public record LayerProblem(Kind kind, String cellCode, String message) {

    public enum Kind {
        MALFORMED_FEATURE,
        INVALID_GEOMETRY,
        BAD_CODE,
        DUPLICATE_CODE,
        UNKNOWN_COMMUNITY,
        BAD_FIGURES,
        OVERLAP,
        GAP,
        OUTSIDE_DISTRICT
    }
}
