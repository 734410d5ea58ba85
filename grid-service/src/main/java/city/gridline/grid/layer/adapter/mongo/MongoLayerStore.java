package city.gridline.grid.layer.adapter.mongo;

import city.gridline.grid.layer.application.LayerHeader;
import city.gridline.grid.layer.application.LayerStore;
import city.gridline.grid.layer.application.LayerVersionTakenException;
import city.gridline.grid.layer.domain.Cell;
import city.gridline.grid.layer.domain.District;
import city.gridline.grid.layer.domain.GridLayer;
import city.gridline.grid.layer.domain.GridSettings;
import org.bson.Document;
import org.locationtech.jts.geom.GeometryFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Grid layers in MongoDB. Cells are written before their header, so a crash half-way leaves no header and the
 * version is simply absent; the header is what makes a version exist, and names the cells that are its own.
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
        return header(current()).map(this::withCells);
    }

    @Override
    public Optional<String> currentVersion() {
        Query current = current();
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
        Optional<String> current = currentVersion();
        return mongo.find(new Query().with(Sort.by("storedAt")), LayerDocument.class)
                .map(header -> header.toHeader(current.filter(header.version()::equals).isPresent()))
                .collectList().block();
    }

    /**
     * Writes the cells under a save id of their own, then the header naming that id: the header's unique key
     * decides between two saves of one version, and the loser takes its cells away again. Readers follow the
     * header's save id, so they never see another save's cells, nor a version before all its cells are in.
     */
    @Override
    public void save(GridLayer layer, LocalDate effectiveFrom, LayerHeader.Origin origin) {
        GridSettings settings = layer.settings();
        String saveId = UUID.randomUUID().toString();
        mongo.insertAll(layer.cells().stream().map(cell -> CellDocument.of(layer.version(), saveId, cell)).toList())
                .then().block();
        try {
            mongo.insert(new LayerDocument(layer.version(), layer.district().code(), layer.district().name(),
                    settings.targetResidentsPerCell(), settings.residentsPerHousehold(), settings.sequenceDigits(),
                    settings.targetHouseholdsPerCell(), settings.tolerance(), layer.cells().size(),
                    layer.cells().stream().mapToLong(Cell::residents).sum(), effectiveFrom, origin, false,
                    clock.instant(), saveId, null)).block();
        } catch (DuplicateKeyException taken) {
            mongo.remove(Query.query(where("layerVersion").is(layer.version()).and("saveId").is(saveId)),
                    CellDocument.class).block();
            throw new LayerVersionTakenException(layer.version());
        }
        // cells of a save that crashed before its header
        mongo.remove(Query.query(where("layerVersion").is(layer.version()).and("saveId").ne(saveId)),
                CellDocument.class).block();
    }

    /**
     * Flags the version current since now, then unflags the ones flagged before. Two activations at once may both
     * stay flagged for a moment; readers take the one flagged last, so every instance agrees on it.
     */
    @Override
    public void markCurrent(String version) {
        Instant now = clock.instant();
        mongo.updateFirst(Query.query(where("_id").is(version)),
                Update.update("current", true).set("currentSince", now), LayerDocument.class).block();
        mongo.updateMulti(Query.query(where("current").is(true).and("_id").ne(version)
                        .orOperator(where("currentSince").lte(now), where("currentSince").is(null))),
                Update.update("current", false), LayerDocument.class).block();
    }

    /** The version flagged current last (flags stored before {@code currentSince} existed sort first). */
    private static Query current() {
        return Query.query(where("current").is(true)).with(Sort.by(Sort.Direction.DESC, "currentSince"));
    }

    private Optional<LayerDocument> header(Query query) {
        return Optional.ofNullable(mongo.findOne(query, LayerDocument.class).block());
    }

    private GridLayer withCells(LayerDocument header) {
        List<Cell> cells = mongo.find(Query.query(where("layerVersion").is(header.version())
                                .and("saveId").is(header.saveId())).with(Sort.by("code")), CellDocument.class)
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
