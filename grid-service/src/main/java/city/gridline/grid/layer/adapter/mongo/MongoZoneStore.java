package city.gridline.grid.layer.adapter.mongo;

import city.gridline.grid.layer.application.ZoneStore;
import city.gridline.grid.layer.domain.SpecialZones;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.locationtech.jts.geom.GeometryFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import java.time.Clock;
import java.util.Optional;

/**
 * Special zone sets in MongoDB, one document per import; the latest stored is in force. Ids are ObjectIds, whose
 * hex strings grow within a process, so two imports in the same millisecond of {@code storedAt} still have an order.
 */
public class MongoZoneStore implements ZoneStore {

    private final ReactiveMongoTemplate mongo;
    private final Clock clock;
    private final GeometryFactory geometries = new GeometryFactory();

    public MongoZoneStore(ReactiveMongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public Optional<SpecialZones> loadCurrent() {
        Query latest = new Query().with(Sort.by(Sort.Direction.DESC, "storedAt", "_id")).limit(1);
        return Optional.ofNullable(mongo.findOne(latest, ZoneSetDocument.class).block())
                .map(document -> document.toZones(geometries));
    }

    @Override
    public Optional<String> currentSetId() {
        Query latest = new Query().with(Sort.by(Sort.Direction.DESC, "storedAt", "_id")).limit(1);
        latest.fields().include("_id");
        // the id is stored as an ObjectId (Spring Data converts a String id that is one)
        return Optional.ofNullable(mongo.findOne(latest, Document.class, ZoneSetDocument.COLLECTION).block())
                .map(document -> String.valueOf(document.get("_id")));
    }

    @Override
    public void save(SpecialZones zones) {
        mongo.insert(ZoneSetDocument.of(new ObjectId().toHexString(), clock.instant(), zones)).block();
    }
}
