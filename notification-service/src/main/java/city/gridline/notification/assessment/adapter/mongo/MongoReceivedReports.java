package city.gridline.notification.assessment.adapter.mongo;

import city.gridline.notification.assessment.application.ReceivedReports;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;
import reactor.core.publisher.Mono;

import java.time.Instant;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Received reports in {@code reports_received}, keyed by report id (a redelivered event adds nothing). */
public class MongoReceivedReports implements ReceivedReports, InitializingBean {

    private final ReactiveMongoTemplate mongo;

    public MongoReceivedReports(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterPropertiesSet() {
        mongo.indexOps(ReceivedReport.COLLECTION)
                .createIndex(new Index().on("receivedAt", Sort.Direction.ASC).named("received"))
                .block();
    }

    @Override
    public Mono<Boolean> recordIfAbsent(String reportId, Instant receivedAt) {
        return mongo.insert(new ReceivedReport(reportId, receivedAt))
                .thenReturn(true)
                .onErrorResume(DuplicateKeyException.class, duplicate -> Mono.just(false));
    }

    @Override
    public Mono<Long> countBetween(Instant from, Instant to) {
        return mongo.count(Query.query(where("receivedAt").gte(from).lt(to)), ReceivedReport.class);
    }

    @Document(ReceivedReport.COLLECTION)
    record ReceivedReport(@Id String reportId, Instant receivedAt) {
        static final String COLLECTION = "reports_received";
    }
}
