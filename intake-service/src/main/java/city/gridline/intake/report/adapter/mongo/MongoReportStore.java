package city.gridline.intake.report.adapter.mongo;

import city.gridline.contracts.Channel;
import city.gridline.contracts.Crs;
import city.gridline.contracts.GeoPoint;
import city.gridline.contracts.event.ReportReceived;
import city.gridline.intake.report.application.ReportStore;
import city.gridline.intake.report.domain.AcceptedReport;
import city.gridline.intake.report.domain.DuplicateRule;
import city.gridline.intake.report.domain.RepeatGrid;
import city.gridline.intake.report.domain.ReportProgress;
import city.gridline.intake.report.domain.ReportQuery;
import city.gridline.intake.report.domain.ReportStatus;
import city.gridline.intake.report.domain.ReportView;
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
import java.util.Arrays;
import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Reports in MongoDB. The unique (channel, sourceTicketId) index is what makes a ticket filed twice one report;
 * whether a report repeats another is recorded by updates conditional on the report's own state (undecided, or
 * following a report), so that of two deciding at once only the first counts; progress is applied with
 * single-document updates (see {@link ReportStatus} for the order statuses replace each other in).
 */
public class MongoReportStore implements ReportStore, InitializingBean {

    /** Reports in these statuses never take duplicates: there is no open case for a repeat to follow. */
    private static final List<String> CLOSED_STATUSES = Arrays.stream(ReportStatus.values())
            .filter(ReportStatus::isFinal).map(ReportStatus::name).toList();

    /** Where the contact erasure records how far it has come. */
    private static final String MARKS = "report_marks";
    private static final String CONTACT_ERASURE = "contact-erasure";
    private static final int ERASURE_BATCH = 500;

    private final ReactiveMongoTemplate mongo;

    public MongoReportStore(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterPropertiesSet() {
        mongo.indexOps(ReportDocument.COLLECTION)
                .createIndex(new Index().on("channel", Sort.Direction.ASC).on("sourceTicketId", Sort.Direction.ASC)
                        .unique().named("channel_ticket"))
                .block();
        mongo.indexOps(ReportDocument.COLLECTION)
                .createIndex(new Index().on("channel", Sort.Direction.ASC).on("receivedAt", Sort.Direction.DESC)
                        .named("channel_received"))
                .then(mongo.indexOps(ReportDocument.COLLECTION).createIndex(new Index()
                        .on("published", Sort.Direction.ASC).on("receivedAt", Sort.Direction.ASC)
                        .named("unpublished_received")))
                .then(mongo.indexOps(ReportDocument.COLLECTION).createIndex(new Index()
                        .on("repeatCell", Sort.Direction.ASC).on("receivedAt", Sort.Direction.DESC)
                        .named("repeat_cell_received")))
                .then(mongo.indexOps(ReportDocument.COLLECTION).createIndex(new Index()
                        .on("duplicateOf", Sort.Direction.ASC).named("duplicates")))
                .then(mongo.indexOps(ReportDocument.COLLECTION).createIndex(new Index()
                        .on("status", Sort.Direction.ASC).on("updatedAt", Sort.Direction.ASC)
                        .named("status_updated")))
                .then(mongo.indexOps(ReportDocument.COLLECTION).createIndex(new Index()
                        .on("receivedAt", Sort.Direction.ASC).named("received")))
                .block();
    }

    @Override
    public Mono<AcceptedReport> insertOrFindByTicket(AcceptedReport report) {
        ReportDocument document = ReportDocument.of(report);
        return mongo.insert(document)
                .onErrorResume(DuplicateKeyException.class, duplicate -> mongo.findOne(
                        Query.query(where("channel").is(document.channel())
                                .and("sourceTicketId").is(document.sourceTicketId())),
                        ReportDocument.class))
                .map(ReportDocument::toAccepted);
    }

    @Override
    public Mono<Void> markPublished(String reportId) {
        return mongo.updateFirst(byId(reportId), Update.update("published", true), ReportDocument.class).then();
    }

    @Override
    public Flux<AcceptedReport> unpublishedBefore(Instant before, int limit) {
        Query query = Query.query(where("published").is(false).and("receivedAt").lt(before))
                .with(Sort.by(Sort.Direction.ASC, "receivedAt")).limit(limit);
        return mongo.find(query, ReportDocument.class).map(ReportDocument::toAccepted);
    }

    @Override
    public Mono<ReportView> find(String reportId) {
        return mongo.findOne(byId(reportId), ReportDocument.class).map(ReportDocument::toView);
    }

    @Override
    public Mono<Boolean> apply(ReportProgress progress) {
        Update facts = new Update();
        setIfKnown(facts, "caseNumber", progress.caseNumber());
        setIfKnown(facts, "cell", progress.cell());
        setIfKnown(facts, "team", progress.team());
        setIfKnown(facts, "department", progress.department());
        setIfKnown(facts, "mergedInto", progress.mergedInto());
        Update clock = new Update();
        setIfKnown(clock, "handlingLimit", progress.handlingLimit());
        setIfKnown(clock, "dispatchedAt", progress.dispatchedAt());
        Criteria current = notOlderThanRecorded(progress);
        // the deadline runs from the first dispatch (a re-dispatch keeps it) or from a reopening (a fresh one)
        Criteria clockCurrent = progress.status() == ReportStatus.DISPATCHED
                ? new Criteria().andOperator(current, where("dispatchedAt").is(null)) : current;
        Criteria rankedBelow = where("statusRank").lt(progress.status().replacesRanksBelow());
        Criteria replaceableStatus = progress.status().alsoReplaces()
                .map(also -> new Criteria().orOperator(rankedBelow, where("status").is(also.name())))
                .orElse(rankedBelow);
        Query replaceable = Query.query(new Criteria().andOperator(replaceableStatus, current));
        Update advance = Update.update("status", progress.status())
                .set("statusRank", progress.status().rank())
                .set("reason", progress.reason())
                .set("updatedAt", progress.occurredAt());
        // why grid could not place it holds only while the report is unlocatable: a person may place it later
        if (progress.status() == ReportStatus.UNLOCATABLE) {
            advance.set("unlocatableReason", progress.unlocatableReason());
        } else if (progress.status() == ReportStatus.LOCATED) {
            advance.unset("unlocatableReason");
        }
        Mono<Boolean> recordFacts = facts.getUpdateObject().isEmpty()
                ? Mono.just(false)
                : mongo.updateFirst(Query.query(current), facts, ReportDocument.class)
                        .map(result -> result.getMatchedCount() > 0);
        Mono<Void> recordClock = clock.getUpdateObject().isEmpty() ? Mono.empty()
                : mongo.updateFirst(Query.query(clockCurrent), clock, ReportDocument.class).then();
        return recordClock.then(recordFacts)
                .flatMap(recorded -> recorded ? Mono.just(true)
                        : mongo.exists(byId(progress.reportId()), ReportDocument.class))
                .flatMap(known -> mongo.updateFirst(replaceable, advance, ReportDocument.class).thenReturn(known));
    }

    /**
     * The report, unless the progress is a step of its case older than the step recorded: the case's events arrive in
     * order, so an older one is an event published again on its own (a restored dispatch's outbox) and changes
     * nothing. Relies on dispatch's instances' clocks agreeing far better than two decisions on one case are apart.
     */
    private static Criteria notOlderThanRecorded(ReportProgress progress) {
        Criteria report = where("_id").is(progress.reportId());
        if (!progress.status().isStepOfTheCase()) {
            return report;
        }
        return report.orOperator(where("statusRank").lt(progress.status().rank()),
                where("updatedAt").lte(progress.occurredAt()));
    }

    private static void setIfKnown(Update update, String field, Object value) {
        if (value != null) {
            update.set(field, value);
        }
    }

    @Override
    public Flux<ReportView> search(ReportQuery query) {
        Criteria criteria = where("channel").is(query.channel().code());
        if (!query.sourceTicketIds().isEmpty()) {
            criteria = criteria.and("sourceTicketId").in(query.sourceTicketIds());
        } else {
            if (!query.sourceCategories().isEmpty()) {
                criteria = criteria.and("source.sourceCategory").in(query.sourceCategories());
            }
            if (query.from() != null || query.to() != null) {
                Criteria received = criteria.and("receivedAt");
                if (query.from() != null) {
                    received = received.gte(query.from());
                }
                if (query.to() != null) {
                    received = received.lt(query.to());
                }
                criteria = received;
            }
            if (!query.statuses().isEmpty()) {
                // a repeat's own status stays RECEIVED: whether it matches is its original's to say
                criteria = criteria.orOperator(
                        where("status").in(query.statuses().stream().map(ReportStatus::name).toList()),
                        where("duplicateOf").ne(null));
            }
        }
        Query mongoQuery = Query.query(criteria).with(Sort.by(Sort.Direction.DESC, "receivedAt")).limit(query.limit());
        return mongo.find(mongoQuery, ReportDocument.class).map(ReportDocument::toView);
    }

    @Override
    public Mono<AcceptedReport> findAccepted(String reportId) {
        return mongo.findOne(byId(reportId), ReportDocument.class).map(ReportDocument::toAccepted);
    }

    /**
     * An equality on the indexed cell key ({@code $in} the few cells around the point), so what is read is the
     * reports near the point, not the category's last hour across the city; no limit is needed, as there are few:
     * a report becomes one of these only when none is within the distance already (or while it is being decided),
     * and the rest of those cells' reports are repeats (or closed), which the filter drops. Reports stored before
     * they had a cell are not found.
     */
    @Override
    public Flux<DuplicateRule.Nearby> reportsNear(String categoryCode, GeoPoint point, double metres,
                                                  Instant since) {
        Query query = Query.query(where("repeatCell").in(RepeatGrid.cellsWithin(categoryCode, point, metres))
                .and("receivedAt").gte(since).and("duplicateOf").is(null).and("follows").is(null)
                .and("status").nin(CLOSED_STATUSES));
        // Only what the duplicate rule compares: reading whole reports made up most of intake's CPU time per
        // submission (see the README's Benchmark section).
        query.fields().include("_id", "channel", "sourceTicketId", "categoryCode", "location", "receivedAt",
                "undecided");
        return mongo.find(query, Document.class, ReportDocument.COLLECTION)
                .map(document -> new DuplicateRule.Nearby(candidate(document),
                        Boolean.TRUE.equals(document.getBoolean("undecided"))));
    }

    @Override
    public Mono<AcceptedReport> decide(AcceptedReport decided) {
        return linkedAs(decided, Query.query(where("_id").is(decided.reportId()).and("undecided").is(true)));
    }

    @Override
    public Mono<Boolean> follow(String undecidedReportId, String reportId) {
        Query undecided = Query.query(where("_id").is(undecidedReportId).and("undecided").is(true));
        return mongo.updateFirst(undecided, Update.update("undecided", false).set("follows", reportId),
                ReportDocument.class).map(result -> result.getMatchedCount() > 0);
    }

    @Override
    public Mono<AcceptedReport> settle(AcceptedReport settled, String followed) {
        return linkedAs(settled, Query.query(where("_id").is(settled.reportId()).and("follows").is(followed)));
    }

    /** Records how the report is linked if the precondition holds; gives the report as stored after either way. */
    private Mono<AcceptedReport> linkedAs(AcceptedReport linked, Query precondition) {
        Update link = Update.update("undecided", linked.undecided()).set("follows", linked.follows())
                .set("duplicateOf", linked.duplicateOf()).set("duplicateReason", linked.duplicateReason());
        return mongo.findAndModify(precondition, link, FindAndModifyOptions.options().returnNew(true),
                        ReportDocument.class)
                .switchIfEmpty(mongo.findOne(byId(linked.reportId()), ReportDocument.class))
                .map(ReportDocument::toAccepted);
    }

    private static ReportReceived candidate(Document document) {
        Document point = document.get("location", Document.class);
        GeoPoint location = new GeoPoint(((Number) point.get("lon")).doubleValue(),
                ((Number) point.get("lat")).doubleValue(), Crs.valueOf(point.getString("crs")));
        Channel channel = Channel.fromCode(document.getString("channel")).orElseThrow();
        return new ReportReceived(document.getString("_id"), channel, document.getString("sourceTicketId"),
                document.getString("categoryCode"), null, location, null, null,
                document.getDate("receivedAt").toInstant());
    }

    @Override
    public Mono<AcceptedReport> unlink(String reportId) {
        Query linked = Query.query(where("_id").is(reportId).and("duplicateOf").ne(null));
        Update unlink = new Update().unset("duplicateOf").unset("duplicateReason").set("published", false);
        return mongo.findAndModify(linked, unlink, FindAndModifyOptions.options().returnNew(true),
                ReportDocument.class).map(ReportDocument::toAccepted);
    }

    @Override
    public Flux<String> duplicatesReceivedAfter(String reportId, Instant instant) {
        Query query = Query.query(where("duplicateOf").is(reportId).and("receivedAt").gt(instant))
                .with(Sort.by("receivedAt"));
        query.fields().include("_id");
        return mongo.find(query, Document.class, ReportDocument.COLLECTION)
                .map(document -> document.getString("_id"));
    }

    @Override
    public Flux<String> duplicatesOf(String reportId) {
        Query query = Query.query(where("duplicateOf").is(reportId)).with(Sort.by("receivedAt"));
        query.fields().include("_id");
        return mongo.find(query, Document.class, ReportDocument.COLLECTION)
                .map(document -> document.getString("_id"));
    }

    @Override
    public Mono<Long> eraseEndedBetween(Instant from, Instant to) {
        Query ended = Query.query(where("duplicateOf").is(null).and("status").in(CLOSED_STATUSES)
                .and("updatedAt").gte(from).lt(to));
        ended.fields().include("_id");
        return mongo.find(ended, Document.class, ReportDocument.COLLECTION)
                .map(document -> document.getString("_id"))
                .buffer(ERASURE_BATCH)
                .concatMap(ids -> mongo.updateMulti(
                        Query.query(where("contact").ne(null)
                                .orOperator(where("_id").in(ids), where("duplicateOf").in(ids))),
                        eraseContact(), ReportDocument.class))
                .map(UpdateResult::getModifiedCount)
                .reduce(0L, Long::sum);
    }

    @Override
    public Mono<Long> eraseReceivedBetween(Instant from, Instant to) {
        return mongo.updateMulti(Query.query(where("receivedAt").gte(from).lt(to).and("contact").ne(null)),
                eraseContact(), ReportDocument.class).map(UpdateResult::getModifiedCount);
    }

    @Override
    public Mono<Instant> erasedUpTo() {
        return mongo.findById(CONTACT_ERASURE, Document.class, MARKS)
                .map(mark -> mark.getDate("upTo").toInstant());
    }

    @Override
    public Mono<Void> markErasedUpTo(Instant upTo) {
        return mongo.upsert(Query.query(where("_id").is(CONTACT_ERASURE)), Update.update("upTo", upTo), MARKS)
                .then();
    }

    private static Query byId(String reportId) {
        return Query.query(where("_id").is(reportId));
    }

    /** Drops the sealed number, and the fingerprint whose digest covered it. */
    private static Update eraseContact() {
        return new Update().unset("contact").set("fingerprint", AcceptedReport.FINGERPRINT_ERASED);
    }
}
