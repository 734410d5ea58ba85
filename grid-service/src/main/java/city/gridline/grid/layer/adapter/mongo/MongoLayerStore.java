package city.gridline.grid.layer.adapter.mongo;

import city.gridline.grid.layer.application.LayerHeader;
import city.gridline.grid.layer.application.LayerStore;
import city.gridline.grid.layer.domain.Cell;
import city.gridline.grid.layer.domain.District;
import city.gridline.grid.layer.domain.GridLayer;
import city.gridline.grid.layer.domain.GridSettings;
import org.bson.Document;
import org.locationtech.jts.geom.GeometryFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Grid layers in MongoDB. Cells are written before their header, so a crash half-way leaves no header and the
 * version is simply absent; the header is what makes a version exist.
 */
public class MongoLayerStore implements LayerStore, InitializingBean {

    private final ReactiveMongoTemplate mongo;
    private final Clock clock;
    private final GeometryFactory geometries = new GeometryFactory();

    public MongoLayerStore(ReactiveMongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** A layer's cells are read, in code order, and replaced by version: every version's cells share one collection. */
    @Override
    public void afterPropertiesSet() {
        mongo.indexOps(CellDocument.class).createIndex(new Index().on("layerVersion", Sort.Direction.ASC)
                .on("code", Sort.Direction.ASC).named("layer_cells")).block();
    }

    @Override
    public Optional<GridLayer> loadCurrent() {
        return header(Query.query(where("current").is(true))).map(this::withCells);
    }

    @Override
    public Optional<String> currentVersion() {
        Query current = Query.query(where("current").is(true));
        current.fields().include("_id");
        return Optional.ofNullable(mongo.findOne(current, Document.class, LayerDocument.COLLECTION).block())
                .map(document -> String.valueOf(document.get("_id")));
    }

    @Override
    public Optional<GridLayer> load(String version) {
        return header(Query.query(where("_id").is(version))).map(this::withCells);
    }

    @Override
    public boolean exists(String version) {
        return Boolean.TRUE.equals(mongo.exists(Query.query(where("_id").is(version)), LayerDocument.class).block());
    }

    @Override
    public List<LayerHeader> headers() {
        return mongo.find(new Query().with(Sort.by("storedAt")), LayerDocument.class)
                .map(LayerDocument::toHeader).collectList().block();
    }

    @Override
    public void save(GridLayer layer, LocalDate effectiveFrom, LayerHeader.Origin origin) {
        GridSettings settings = layer.settings();
        mongo.remove(Query.query(where("layerVersion").is(layer.version())), CellDocument.class).block();
        mongo.insertAll(layer.cells().stream().map(cell -> CellDocument.of(layer.version(), cell)).toList())
                .then().block();
        mongo.insert(new LayerDocument(layer.version(), layer.district().code(), layer.district().name(),
                settings.targetResidentsPerCell(), settings.residentsPerHousehold(), settings.sequenceDigits(),
                settings.targetHouseholdsPerCell(), settings.tolerance(), layer.cells().size(),
                layer.cells().stream().mapToLong(Cell::residents).sum(), effectiveFrom, origin, false,
                clock.instant())).block();
    }

    @Override
    public void markCurrent(String version) {
        mongo.updateMulti(Query.query(where("current").is(true).and("_id").ne(version)),
                Update.update("current", false), LayerDocument.class).block();
        mongo.updateFirst(Query.query(where("_id").is(version)), Update.update("current", true), LayerDocument.class)
                .block();
    }

    private Optional<LayerDocument> header(Query query) {
        return Optional.ofNullable(mongo.findOne(query, LayerDocument.class).block());
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
        return new GridLayer(header.version(), header.settings(),
                new District(header.districtCode(), header.districtName()), cells);
    }
}
