package city.gridline.grid.layer.domain;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.operation.valid.IsValidOp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a whole set of cells before any of it is accepted, and lists every problem rather than stopping at the
 * first: geometry validity, code format and uniqueness, codes that belong to a known community, figures,
 * overlaps between cells, gaps inside the area they cover, and how they fit the district's outline. Areas are compared in square degrees against a
 * tolerance, so that the rounding of coordinates in a file is not taken for an overlap or a gap.
 */
public final class LayerValidator {

    /** About 1 m² at Beijing's latitude. */
    public static final double DEFAULT_AREA_TOLERANCE = 1e-10;
    private static final Pattern CELL_CODE = Pattern.compile("[0-9]{14,15}");

    private final AdministrativeDivisions divisions;
    private final Geometry districtOutline;
    private final double areaTolerance;

    public LayerValidator(AdministrativeDivisions divisions, Geometry districtOutline, double areaTolerance) {
        this.divisions = divisions;
        this.districtOutline = districtOutline;
        this.areaTolerance = areaTolerance;
    }

    /** The cells, when there is no problem; otherwise every problem found. */
    public Outcome validate(List<CellDraft> drafts) {
        List<LayerProblem> problems = new ArrayList<>();
        if (drafts.isEmpty()) {
            return new Outcome(List.of(), List.of(problem(LayerProblem.Kind.MALFORMED_FEATURE, null,
                    "a layer needs at least one cell")));
        }
        List<Cell> cells = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        Set<Integer> codeLengths = new HashSet<>();
        for (CellDraft draft : drafts) {
            checkOne(draft, codes, codeLengths, problems).ifPresent(cells::add);
        }
        if (codeLengths.size() > 1) {
            problems.add(new LayerProblem(LayerProblem.Kind.BAD_CODE, null,
                    "cell codes mix sequence lengths " + codeLengths + "; a layer uses one"));
        }
        findOverlaps(cells, problems);
        findGaps(cells, problems);
        return problems.isEmpty()
                ? new Outcome(cells.stream().sorted(Comparator.comparing(Cell::code)).toList(), List.of())
                : new Outcome(List.of(), List.copyOf(problems));
    }

    private Optional<Cell> checkOne(CellDraft draft, Set<String> codes, Set<Integer> codeLengths,
                                    List<LayerProblem> problems) {
        int before = problems.size();
        String code = draft.code();
        if (code == null || !CELL_CODE.matcher(code).matches()) {
            problems.add(problem(LayerProblem.Kind.BAD_CODE, code, "cell code must be 14 or 15 digits"));
        } else if (!codes.add(code)) {
            problems.add(problem(LayerProblem.Kind.DUPLICATE_CODE, code, "cell code appears more than once"));
        } else {
            codeLengths.add(code.length());
        }
        Optional<Community> community = Optional.ofNullable(draft.communityCode()).flatMap(divisions::community);
        if (community.isEmpty()) {
            problems.add(problem(LayerProblem.Kind.UNKNOWN_COMMUNITY, code,
                    "community " + draft.communityCode() + " is not a community of district "
                            + divisions.district().code()));
        } else if (code != null && !code.startsWith(draft.communityCode())) {
            problems.add(problem(LayerProblem.Kind.BAD_CODE, code,
                    "cell code does not start with its community code " + draft.communityCode()));
        }
        checkGeometry(draft, problems);
        if (draft.residents() == null || draft.residents() < 0 || draft.households() == null
                || draft.households() < 0) {
            problems.add(problem(LayerProblem.Kind.BAD_FIGURES, code,
                    "residents and households must be present and not negative"));
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        Community known = community.orElseThrow();
        Geometry geometry = draft.geometry();
        return Optional.of(new Cell(code, known, divisions.streetOf(known), divisions.district(), geometry,
                draft.residents(), draft.households(),
                draft.teamId() != null ? draft.teamId() : ResidentTeams.teamId(known),
                draft.teamName() != null ? draft.teamName() : ResidentTeams.teamName(known),
                geometry.getInteriorPoint()));
    }

    private void checkGeometry(CellDraft draft, List<LayerProblem> problems) {
        Geometry geometry = draft.geometry();
        if (!(geometry instanceof Polygon) || geometry.isEmpty()) {
            problems.add(problem(LayerProblem.Kind.INVALID_GEOMETRY, draft.code(),
                    "cell geometry must be a non-empty Polygon, not "
                            + (geometry == null ? "missing" : geometry.getGeometryType())));
            return;
        }
        IsValidOp validity = new IsValidOp(geometry);
        if (!validity.isValid()) {
            problems.add(problem(LayerProblem.Kind.INVALID_GEOMETRY, draft.code(),
                    validity.getValidationError().getMessage() + " at "
                            + format(validity.getValidationError().getCoordinate().x,
                            validity.getValidationError().getCoordinate().y)));
        }
    }

    private void findOverlaps(List<Cell> cells, List<LayerProblem> problems) {
        STRtree tree = new STRtree();
        cells.forEach(cell -> tree.insert(cell.geometry().getEnvelopeInternal(), cell));
        for (Cell cell : cells) {
            @SuppressWarnings("unchecked")
            List<Cell> neighbours = tree.query(cell.geometry().getEnvelopeInternal());
            for (Cell other : neighbours) {
                if (cell.code().compareTo(other.code()) < 0) {
                    double shared = cell.geometry().intersection(other.geometry()).getArea();
                    if (shared > areaTolerance) {
                        Point where = cell.geometry().intersection(other.geometry()).getInteriorPoint();
                        problems.add(problem(LayerProblem.Kind.OVERLAP, cell.code(), "cells " + cell.code()
                                + " and " + other.code() + " overlap by " + String.format(Locale.ROOT, "%.3g",
                                shared) + " square degrees near " + format(where.getX(), where.getY())));
                    }
                }
            }
        }
    }

    /** Holes between cells and district area left uncovered are both gaps: the outline tells them apart from the outside. */
    private void findGaps(List<Cell> cells, List<LayerProblem> problems) {
        if (cells.isEmpty()) {
            return;
        }
        Geometry union = UnaryUnionOp.union(cells.stream().map(Cell::geometry).toList());
        reportParts(districtOutline.difference(union), LayerProblem.Kind.GAP, "no cell covers district area of ",
                problems);
        reportParts(union.difference(districtOutline), LayerProblem.Kind.OUTSIDE_DISTRICT,
                "cells cover an area outside district " + divisions.district().code() + " of ", problems);
    }

    private void reportParts(Geometry area, LayerProblem.Kind kind, String message, List<LayerProblem> problems) {
        for (int i = 0; i < area.getNumGeometries(); i++) {
            Geometry part = area.getGeometryN(i);
            if (part.getArea() > areaTolerance) {
                Point where = part.getInteriorPoint();
                problems.add(problem(kind, null, message + String.format(Locale.ROOT, "%.3g", part.getArea())
                        + " square degrees near " + format(where.getX(), where.getY())));
            }
        }
    }

    private static LayerProblem problem(LayerProblem.Kind kind, String code, String message) {
        return new LayerProblem(kind, code, message);
    }

    private static String format(double lon, double lat) {
        return String.format(Locale.ROOT, "(%.6f, %.6f)", lon, lat);
    }

    /** Either the checked cells (ordered by code) or the problems; never both. */
    public record Outcome(List<Cell> cells, List<LayerProblem> problems) {

        public boolean accepted() {
            return problems.isEmpty();
        }
    }
}
