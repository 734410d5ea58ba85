package city.gridline.grid.layer.adapter.mongo;

import city.gridline.grid.layer.application.LayerStore;
import city.gridline.grid.layer.domain.Cell;
import city.gridline.grid.layer.domain.District;
import city.gridline.grid.layer.domain.GridLayer;
import city.gridline.grid.layer.domain.GridSettings;
import org.locationtech.jts.geom.GeometryFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Grid layers in MongoDB. Used at start-up and by administration, never on the locate path, so it may block. */
public class MongoLayerStore implements LayerStore {

    private final ReactiveMongoTemplate mongo;
    private final Clock clock;
    private final GeometryFactory geometries = new GeometryFactory();

    public MongoLayerStore(ReactiveMongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public Optional<GridLayer> loadCurrent() {
        return Optional.ofNullable(mongo.findOne(Query.query(where("current").is(true)), LayerDocument.class)
                        .block())
                .map(this::withCells);
    }

    @Override
    public void saveAsCurrent(GridLayer layer) {
        GridSettings settings = layer.settings();
        mongo.remove(Query.query(where("layerVersion").is(layer.version())), CellDocument.class).block();
        mongo.insertAll(layer.cells().stream().map(cell -> CellDocument.of(layer.version(), cell)).toList())
                .then().block();
        mongo.updateMulti(Query.query(where("current").is(true)), Update.update("current", false), LayerDocument.class)
                .block();
        mongo.save(new LayerDocument(layer.version(), layer.district().code(), layer.district().name(),
                settings.targetResidentsPerCell(), settings.residentsPerHousehold(), settings.sequenceDigits(),
                layer.cells().size(), true, clock.instant())).block();
    }

    private GridLayer withCells(LayerDocument header) {
        List<Cell> cells = mongo.find(Query.query(where("layerVersion").is(header.version()))
                                .with(Sort.by("code")), CellDocument.class)
                .map(document -> document.toCell(geometries))
                .collectList()
                .block();
        if (cells == null || cells.size() != header.cellCount()) {
            throw new IllegalStateException("layer " + header.version() + " should have " + header.cellCount()
                    + " cells but " + (cells == null ? 0 : cells.size()) + " are stored");
        }
        return new GridLayer(header.version(),
                new GridSettings(header.targetResidentsPerCell(), header.residentsPerHousehold(),
                        header.sequenceDigits(), header.version()),
                new District(header.districtCode(), header.districtName()), cells);
    }
}
