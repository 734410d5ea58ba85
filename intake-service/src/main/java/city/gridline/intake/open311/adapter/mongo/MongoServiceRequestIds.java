package city.gridline.intake.open311.adapter.mongo;

import city.gridline.intake.open311.application.ServiceRequestIds;
import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * {@code service_request_id}s such as {@code 26-00000042}: the two-digit year and a per-year sequence, short
 * enough to read out over the phone. One atomic upsert-and-increment per id.
 */
public class MongoServiceRequestIds implements ServiceRequestIds {

    static final String COLLECTION = "open311_sequences";

    private static final DateTimeFormatter YEAR = DateTimeFormatter.ofPattern("yy");

    private final ReactiveMongoTemplate mongo;
    private final Clock clock;
    private final ZoneId zone;

    public MongoServiceRequestIds(ReactiveMongoTemplate mongo, Clock clock, ZoneId zone) {
        this.mongo = mongo;
        this.clock = clock;
        this.zone = zone;
    }

    @Override
    public Mono<String> next() {
        String year = YEAR.format(clock.instant().atZone(zone));
        return mongo.findAndModify(Query.query(where("_id").is(year)), new Update().inc("next", 1L),
                        FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, COLLECTION)
                .map(counter -> "%s-%08d".formatted(year, ((Number) counter.get("next")).longValue()));
    }
}
