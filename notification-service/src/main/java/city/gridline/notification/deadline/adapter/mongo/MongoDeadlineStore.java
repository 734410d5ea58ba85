package city.gridline.notification.deadline.adapter.mongo;

import city.gridline.notification.deadline.application.DeadlineStore;
import city.gridline.notification.deadline.domain.CaseDeadline;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import reactor.core.publisher.Mono;

/** Deadlines in MongoDB; the case number as {@code _id} keeps one per case. */
public class MongoDeadlineStore implements DeadlineStore {

    private final ReactiveMongoTemplate mongo;

    public MongoDeadlineStore(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Mono<Boolean> insertIfAbsent(CaseDeadline deadline) {
        return mongo.insert(CaseDeadlineDocument.of(deadline))
                .thenReturn(true)
                .onErrorResume(DuplicateKeyException.class, duplicate -> Mono.just(false));
    }

    @Override
    public Mono<CaseDeadline> find(String caseNumber) {
        return mongo.findById(caseNumber, CaseDeadlineDocument.class).map(CaseDeadlineDocument::toDeadline);
    }
}
