package city.gridline.notification.delivery.adapter.push;

import city.gridline.notification.delivery.application.PushPresence;
import org.bson.Document;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * {@link PushPresence} in the shared database: collection {@code push_presence}, one document per instance and team
 * with a device connected there, valid for {@link #VALID_FOR} after the instance last announced it, so that the
 * teams of an instance that died are everybody's again soon.
 */
public class MongoPushPresence implements PushPresence {

    static final String COLLECTION = "push_presence";
    /** Several polls long: an instance announces at every poll. */
    static final Duration VALID_FOR = Duration.ofSeconds(30);

    private final ReactiveMongoTemplate mongo;
    private final TeamPushHub hub;
    private final String instance = UUID.randomUUID().toString();

    public MongoPushPresence(ReactiveMongoTemplate mongo, TeamPushHub hub) {
        this.mongo = mongo;
        this.hub = hub;
    }

    @Override
    public Mono<Void> announce(Instant now) {
        Set<String> connected = hub.connectedTeams();
        // this instance's teams without a device now, and what stopped instances left (each start is a new id)
        Mono<Void> gone = mongo.remove(Query.query(new Criteria().orOperator(
                where("instance").is(instance).and("teamId").nin(connected), where("until").lt(now))), COLLECTION)
                .then();
        return gone.thenMany(Flux.fromIterable(connected).concatMap(team -> mongo.upsert(
                        Query.query(where("_id").is(instance + "/" + team)),
                        Update.update("instance", instance).set("teamId", team).set("until", now.plus(VALID_FOR)),
                        COLLECTION)))
                .then();
    }

    @Override
    public Mono<Set<String>> servedElsewhere(Instant now) {
        Set<String> here = hub.connectedTeams();
        return mongo.find(Query.query(where("until").gt(now).and("instance").ne(instance)), Document.class,
                        COLLECTION)
                .map(document -> document.getString("teamId"))
                .filter(team -> !here.contains(team))
                .collect(HashSet::new, Set::add);
    }
}
