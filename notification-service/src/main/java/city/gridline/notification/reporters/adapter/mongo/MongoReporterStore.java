package city.gridline.notification.reporters.adapter.mongo;

import city.gridline.notification.reporters.application.ReporterStore;
import city.gridline.notification.reporters.domain.Reporter;
import com.mongodb.client.result.UpdateResult;
import org.bson.Document;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.Collection;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Reporters in {@code reporters} (one document per report, the report id its {@code _id}, with the ids of the
 * registrations applied to it) and the case each report became in {@code report_cases}.
 */
public class MongoReporterStore implements ReporterStore, InitializingBean {

    private static final String REPORTERS = "reporters";
    private static final String REPORT_CASES = "report_cases";
    /** The ids of the registration events applied to a reporter. */
    private static final String REGISTRATIONS = "registrations";
    /** Where the contact erasure records how far it has come. */
    private static final String MARKS = "reporter_marks";
    private static final String CONTACT_ERASURE = "contact-erasure";

    private final ReactiveMongoTemplate mongo;

    public MongoReporterStore(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterPropertiesSet() {
        mongo.indexOps(REPORTERS).createIndex(new Index().on("primaryReportId", Sort.Direction.ASC))
                .then(mongo.indexOps(REPORTERS).createIndex(new Index().on("receivedAt", Sort.Direction.ASC)))
                .then(mongo.indexOps(REPORT_CASES).createIndex(new Index().on("caseNumber", Sort.Direction.ASC)
                        .named("case_number")))
                .block();
    }

    /** A registration already applied fails the filter, and the upsert's insert then collides on the id. */
    @Override
    public Mono<Reporter> register(String registrationId, Reporter reporter) {
        Query notYetApplied = Query.query(where("_id").is(reporter.reportId()).and(REGISTRATIONS).ne(registrationId));
        Update replace = new Update()
                .set("primaryReportId", reporter.primaryReportId())
                .set("channel", reporter.channel())
                .set("sourceTicketId", reporter.sourceTicketId())
                .set("maskedPhone", reporter.maskedPhone())
                .set("contact", reporter.contact())
                .set("receivedAt", reporter.receivedAt())
                .addToSet(REGISTRATIONS, registrationId);
        return mongo.findAndModify(notYetApplied, replace, FindAndModifyOptions.options().upsert(true).returnNew(true),
                        ReporterDocument.class, REPORTERS)
                .onErrorResume(DuplicateKeyException.class,
                        alreadyApplied -> mongo.findById(reporter.reportId(), ReporterDocument.class, REPORTERS))
                .map(ReporterDocument::toReporter);
    }

    @Override
    public Flux<Reporter> following(String primaryReportId) {
        return mongo.find(Query.query(where("primaryReportId").is(primaryReportId)), ReporterDocument.class,
                REPORTERS).map(ReporterDocument::toReporter);
    }

    @Override
    public Mono<Void> linkCase(String reportId, String caseNumber) {
        return mongo.upsert(Query.query(where("_id").is(reportId)), Update.update("caseNumber", caseNumber),
                REPORT_CASES).then();
    }

    @Override
    public Mono<String> caseOf(String reportId) {
        return mongo.findById(reportId, Document.class, REPORT_CASES).map(link -> link.getString("caseNumber"));
    }

    @Override
    public Mono<String> reportOfCase(String caseNumber) {
        return mongo.findOne(Query.query(where("caseNumber").is(caseNumber)), Document.class, REPORT_CASES)
                .map(link -> link.getString("_id"));
    }

    @Override
    public Mono<Long> follow(String fromPrimaryReportId, String toPrimaryReportId) {
        return mongo.updateMulti(Query.query(where("primaryReportId").is(fromPrimaryReportId)),
                Update.update("primaryReportId", toPrimaryReportId), REPORTERS).map(UpdateResult::getModifiedCount);
    }

    /** The reporters following these reports: a report's own reporter, its repeats', and those moved to it. */
    @Override
    public Mono<Long> eraseContacts(Collection<String> reportIds) {
        return erase(where("primaryReportId").in(reportIds));
    }

    @Override
    public Mono<Long> eraseContactsReceivedBetween(Instant from, Instant to) {
        return erase(where("receivedAt").gte(from).lt(to));
    }

    private Mono<Long> erase(Criteria which) {
        return mongo.updateMulti(Query.query(where("contact").ne(null).andOperator(which)),
                new Update().unset("contact"), REPORTERS).map(UpdateResult::getModifiedCount);
    }

    @Override
    public Mono<Instant> contactsErasedUpTo() {
        return mongo.findById(CONTACT_ERASURE, Document.class, MARKS).map(mark -> mark.getDate("upTo").toInstant());
    }

    @Override
    public Mono<Void> markContactsErasedUpTo(Instant upTo) {
        return mongo.upsert(Query.query(where("_id").is(CONTACT_ERASURE)), Update.update("upTo", upTo), MARKS).then();
    }
}
