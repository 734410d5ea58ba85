package city.gridline.grid.layer.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/** Chaoyang layers with the figures of a few cells altered, to give the health check and the planner known cases. */
final class RebalancingFixture {

    static final GridLayer CHAOYANG = ChaoyangFixture.LAYER;

    private RebalancingFixture() {
    }

    /** Communities of exactly two cells that share an edge, in code order; each list is ordered by cell code. */
    static List<List<Cell>> anyTwoCellCommunities() {
        List<List<Cell>> pairs = new ArrayList<>();
        communities().forEach((community, cells) -> {
            if (cells.size() == 2 && union(cells) instanceof Polygon) {
                pairs.add(cells);
            }
        });
        return pairs;
    }

    /** The cells that are the only cell of their community, in code order. */
    static List<Cell> anyOnlyCellsOfTheirCommunity() {
        List<Cell> only = new ArrayList<>();
        communities().forEach((community, cells) -> {
            if (cells.size() == 1) {
                only.add(cells.get(0));
            }
        });
        return only;
    }

    /** The layer with the residents and households of some cells replaced: code → {residents, households}. */
    static GridLayer aLayerWithFigures(GridLayer layer, Map<String, int[]> figures) {
        List<Cell> cells = layer.cells().stream()
                .map(cell -> {
                    int[] altered = figures.get(cell.code());
                    return altered == null ? cell : new Cell(cell.code(), cell.community(), cell.street(),
                            cell.district(), cell.geometry(), altered[0], altered[1], cell.teamId(), cell.teamName(),
                            cell.representativePoint());
                })
                .toList();
        return new GridLayer(layer.version(), layer.settings(), layer.district(), cells);
    }

    static Geometry union(List<Cell> cells) {
        return CoverageUnion.union(cells.stream().map(Cell::geometry).toArray(Geometry[]::new));
    }

    private static Map<String, List<Cell>> communities() {
        return CHAOYANG.cells().stream().collect(Collectors.groupingBy(cell -> cell.community().code(), TreeMap::new,
                Collectors.toList()));
    }
}
