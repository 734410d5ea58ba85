package city.gridline.grid.layer.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Generates a district's grid layer: the outline is cut into about population / target-residents
 * lattice cells ({@link LatticeTessellation}), the cells are shared out among the streets in
 * proportion to their number of communities and, within a street, equally among its communities
 * ({@link ContiguousBisection}), the population is spread in proportion to ground area
 * ({@link LargestRemainder}), and each cell is coded from its community code.
 *
 * <p>Every street area and every community area is contiguous: its cells are edge neighbours of each other,
 * so their union is one polygon. The one exception comes from the outline itself: a part of the district
 * that shares no edge with the rest (an exclave, or a lobe that touches the rest only at a point) is linked to
 * the nearest cell of the largest part and shared out with it, so the one street and the one community that
 * straddle such a link have a piece on each side of it.
 *
 * <p>Cell geometries are Polygons whose coordinates are snapped to a 2^-30 degree grid (about
 * 0.1 mm), so that neighbouring cells share identical vertices; they cover the outline exactly up
 * to that snapping. A square cut apart by the outline gives separate cells; parts under half a square
 * are merged into a neighbour.
 *
 * <p>Every community gets at least one cell: where the population would give fewer cells than
 * there are communities, the layer gets one cell per community (of fewer residents each). Streets without
 * communities get no cells. The result depends only on the request; streets and communities are taken in
 * code order.
 */
public final class GridLayerGenerator {

    public GridLayer generate(GridLayerRequest request) {
        GridSettings settings = request.settings();
        List<Community> communities = request.communities().stream()
                .sorted(Comparator.comparing(Community::code)).toList();
        Map<String, List<Community>> communitiesByStreet = communities.stream()
                .collect(Collectors.groupingBy(Community::streetCode, LinkedHashMap::new, Collectors.toList()));
        List<Street> streets = request.streets().stream()
                .filter(street -> communitiesByStreet.containsKey(street.code()))
                .sorted(Comparator.comparing(Street::code)).toList();

        int cellsForPopulation = (int) Math.round((double) request.population() / settings.targetResidentsPerCell());
        LatticeTessellation tessellation = new LatticeTessellation(request.outline());
        List<LatticeTessellation.Piece> pieces =
                tessellation.partition(Math.max(cellsForPopulation, communities.size()), communities.size());
        List<Polygon> polygons = pieces.stream().map(LatticeTessellation.Piece::polygon).toList();
        AdjacencyGraph graph = AdjacencyGraph.ofSharedEdges(polygons).withDetachedComponentsLinked(polygons);
        double lonScale = tessellation.lonScale();
        Coordinate[] groundPositions = polygons.stream()
                .map(polygon -> {
                    Coordinate centroid = polygon.getCentroid().getCoordinate();
                    return new Coordinate(centroid.x * lonScale, centroid.y);
                })
                .toArray(Coordinate[]::new);

        List<ContiguousBisection.Group<Street>> streetGroups = streets.stream()
                .map(street -> {
                    int size = communitiesByStreet.get(street.code()).size();
                    return new ContiguousBisection.Group<>(street, size, size);
                })
                .toList();
        List<Integer> allPieces = IntStream.range(0, pieces.size()).boxed().toList();
        List<CodedPiece> coded = new ArrayList<>(pieces.size());
        ContiguousBisection.partition(graph, groundPositions, allPieces, streetGroups)
                .forEach((street, streetPieces) -> {
                    List<ContiguousBisection.Group<Community>> communityGroups =
                            communitiesByStreet.get(street.code()).stream()
                                    .map(community -> new ContiguousBisection.Group<>(community, 1, 1))
                                    .toList();
                    ContiguousBisection.partition(graph, groundPositions, streetPieces, communityGroups)
                            .forEach((community, communityPieces) -> coded.addAll(code(community, street,
                                    communityPieces.stream().map(pieces::get).toList(), settings)));
                });
        coded.sort(Comparator.comparing(CodedPiece::code));
        return new GridLayer(settings.version(), settings, request.district(),
                cells(coded, request.district(), request.population(), settings));
    }

    private record CodedPiece(String code, Community community, Street street, LatticeTessellation.Piece piece) {
    }

    /** Numbers a community's pieces north to south, then west to east, from 1. */
    private static List<CodedPiece> code(Community community, Street street,
                                         List<LatticeTessellation.Piece> pieces, GridSettings settings) {
        if (pieces.size() > settings.maxSequence()) {
            throw new IllegalStateException("Community " + community.code() + " would get " + pieces.size()
                    + " cells, more than " + settings.sequenceDigits() + "-digit sequences allow");
        }
        List<LatticeTessellation.Piece> ordered = new ArrayList<>(pieces);
        ordered.sort(Comparator.comparingInt(LatticeTessellation.Piece::row)
                .thenComparingInt(LatticeTessellation.Piece::column)
                // pieces of one square that fell apart: northern, then western first
                .thenComparingDouble((LatticeTessellation.Piece piece) -> -piece.polygon().getInteriorPoint().getY())
                .thenComparingDouble(piece -> piece.polygon().getInteriorPoint().getX()));
        List<CodedPiece> coded = new ArrayList<>(ordered.size());
        for (int i = 0; i < ordered.size(); i++) {
            coded.add(new CodedPiece(CellSequences.code(community, i + 1, settings), community, street,
                    ordered.get(i)));
        }
        return coded;
    }

    private static List<Cell> cells(List<CodedPiece> coded, District district, int population, GridSettings settings) {
        double[] groundAreas = coded.stream()
                .mapToDouble(c -> {
                    // degrees of longitude shrink with latitude; the area in square degrees does not
                    double latitude = c.piece().polygon().getCentroid().getY();
                    return c.piece().polygon().getArea() * Math.cos(Math.toRadians(latitude));
                })
                .toArray();
        int[] residents = LargestRemainder.apportion(population, groundAreas);
        List<Cell> cells = new ArrayList<>(coded.size());
        for (int i = 0; i < coded.size(); i++) {
            CodedPiece c = coded.get(i);
            Point inside = c.piece().polygon().getInteriorPoint();
            cells.add(new Cell(c.code(), c.community(), c.street(), district, c.piece().polygon(), residents[i],
                    (int) Math.round(residents[i] / settings.residentsPerHousehold()),
                    ResidentTeams.teamId(c.community()), ResidentTeams.teamName(c.community()), inside));
        }
        return cells;
    }
}
