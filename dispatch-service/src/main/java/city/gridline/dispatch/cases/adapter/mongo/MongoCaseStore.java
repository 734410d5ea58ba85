package city.gridline.dispatch.cases.adapter.mongo;

import city.gridline.contracts.TeamRef;
import city.gridline.contracts.event.CaseCancelled;
import city.gridline.contracts.event.CaseEvent;
import city.gridline.contracts.event.CaseExtensionDecided;
import city.gridline.contracts.event.CaseMerged;
import city.gridline.contracts.event.CaseReopened;
import city.gridline.contracts.event.DeadlineOverdue;
import city.gridline.contracts.event.EventCodec;
import city.gridline.contracts.event.EventEnvelope;
import city.gridline.dispatch.cases.application.CaseQuery;
import city.gridline.dispatch.cases.application.CaseStore;
import city.gridline.dispatch.cases.application.OverdueNotice;
import city.gridline.dispatch.cases.application.StoredCase;
import city.gridline.dispatch.cases.domain.CaseNumbers;
import city.gridline.dispatch.cases.domain.CaseStatus;
import city.gridline.dispatch.cases.domain.DispatchCase;
import city.gridline.dispatch.cases.domain.Recorded;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Cases in MongoDB, one document each. A change is one conditional update — "at the version read, and not yet
 * having taken this operation" — that appends the events, the operation id (with the fingerprint of its change) and
 * the events' ids to publish; a unique index on the report id keeps one case per report; the day's case sequence is
 * an atomic counter. A merge touches two cases, without a transaction: the original is claimed first, in a write
 * that holds only while it takes duplicates, and the merge is appended to the duplicate only while no merge into
 * the duplicate is under way — so of two merges that take each other's case, at most one is recorded. A claim older
 * than {@link #CLAIM_ABANDONED_AFTER} was left by a merge that never finished (a crash) and no longer counts.
 */
public class MongoCaseStore implements CaseStore, InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(MongoCaseStore.class);

    static final List<String> OPEN_STATUSES = Arrays.stream(CaseStatus.values()).filter(s -> !s.terminal())
            .map(Enum::name).toList();
    private static final List<String> TAKING_DUPLICATES = Arrays.stream(CaseStatus.values())
            .filter(CaseStatus::takesDuplicates).map(Enum::name).toList();
    private static final String MERGE_CLAIMS = "mergeClaims";
    static final Duration CLAIM_ABANDONED_AFTER = Duration.ofMinutes(1);
    private static final String COUNTERS = "case_sequences";

    private final ReactiveMongoTemplate mongo;
    private final EventCodec codec;
    private final Clock clock;

    public MongoCaseStore(ReactiveMongoTemplate mongo, EventCodec codec, Clock clock) {
        this.mongo = mongo;
        this.codec = codec;
        this.clock = clock;
    }

    @Override
    public void afterPropertiesSet() {
        mongo.indexOps(CaseDocument.COLLECTION)
                .createIndex(new Index().on("reportId", Sort.Direction.ASC).unique().named("report_once"))
                .then(mongo.indexOps(CaseDocument.COLLECTION).createIndex(new Index()
                        .on("status", Sort.Direction.ASC).on("signBy", Sort.Direction.ASC).named("status_sign_by")))
                .then(mongo.indexOps(CaseDocument.COLLECTION).createIndex(new Index()
                        .on("teamIds", Sort.Direction.ASC).on("status", Sort.Direction.ASC).named("team_tasks")))
                .then(mongo.indexOps(CaseDocument.COLLECTION).createIndex(new Index()
                        .on("leadTeamId", Sort.Direction.ASC).on("status", Sort.Direction.ASC).named("team_load")))
                .then(recordHandlersOfResolvedCases())
                .block();
    }

    /**
     * Cases stored before their handlers were kept beside the history get them from it: the supervisors' list leaves
     * out, in the query, the resolved cases its supervisor handled. Any other case gets them with its next change. A
     * case whose history cannot be read is left as it is, logged, rather than keep the service from starting; the
     * database failing is another matter, and fails the start.
     */
    private Mono<Void> recordHandlersOfResolvedCases() {
        Criteria withoutHandlers = where("status").is(CaseStatus.RESOLVED.name()).and("handlers").exists(false);
        return mongo.find(Query.query(withoutHandlers), CaseDocument.class)
                .concatMap(doc -> Mono.defer(() -> mongo.updateFirst(
                                Query.query(where("_id").is(doc.caseNumber()).and("handlers").exists(false)),
                                Update.update("handlers", List.copyOf(toStored(doc).dispatchCase().handlers())),
                                CaseDocument.class))
                        .onErrorResume(unreadable -> !(unreadable instanceof DataAccessException), unreadable -> {
                            log.warn("case {}: handlers not recorded: {}", doc.caseNumber(), unreadable.toString());
                            return Mono.empty();
                        }))
                .then();
    }

    @Override
    public Mono<StoredCase> findByReportId(String reportId) {
        return mongo.findOne(Query.query(where("reportId").is(reportId)), CaseDocument.class).map(this::toStored);
    }

    @Override
    public Mono<StoredCase> findByCaseNumber(String caseNumber) {
        return mongo.findById(caseNumber, CaseDocument.class).map(this::toStored);
    }

    @Override
    public Mono<StoredCase> insertOrFindByReport(DispatchCase newCase, List<EventEnvelope<CaseEvent>> events) {
        List<CaseDocument.HistoryEntry> history = events.stream().map(this::entry).toList();
        List<String> ids = events.stream().map(EventEnvelope::eventId).toList();
        CaseDocument document = new CaseDocument(newCase.caseNumber(), newCase.reportId(), newCase.version(),
                newCase.status().name(), newCase.opened().categoryCode(), newCase.opened().cell(),
                newCase.opened().point(), newCase.team(), leadTeamId(newCase), teamIds(newCase), newCase.dispatchedAt(), newCase.signBy(),
                newCase.chasedSinceDispatch(), false, null, null, clock.instant(), history, ids, List.of(), List.of(),
                List.of(), List.copyOf(newCase.handlers()));
        return mongo.insert(document).map(this::toStored)
                .onErrorResume(DuplicateKeyException.class, duplicate -> findByReportId(newCase.reportId()));
    }

    @Override
    public Mono<Boolean> append(DispatchCase updated, int expectedVersion, List<EventEnvelope<CaseEvent>> events,
                                String operationId, String fingerprint) {
        Criteria current = where("_id").is(updated.caseNumber()).and("version").is(expectedVersion);
        if (operationId != null) {
            current = current.and("operations").ne(operationId);
        }
        if (events.stream().anyMatch(e -> e.data() instanceof CaseMerged || e.data() instanceof CaseCancelled)) {
            // not while a merge into this case is under way: two merges that took each other's case would both hold,
            // and a merge would land on a cancelled case (the cancel is tried again once the merge is done)
            current = current.and(MERGE_CLAIMS + ".0").exists(false);
        }
        Update update = new Update()
                .set("version", updated.version())
                .set("status", updated.status().name())
                .set("team", updated.team())
                .set("leadTeamId", leadTeamId(updated))
                .set("teamIds", teamIds(updated))
                .set("dispatchedAt", updated.dispatchedAt())
                .set("signBy", updated.signBy())
                .set("chased", updated.chasedSinceDispatch())
                .set("extensionPending", updated.pendingExtension() != null)
                .set("handlers", List.copyOf(updated.handlers()))
                .set("updatedAt", clock.instant())
                .push("history").each(events.stream().map(this::entry).toArray())
                .push("unpublished").each(events.stream().map(EventEnvelope::eventId).toArray());
        if (operationId != null) {
            update.push("operations", operationId);
        }
        if (operationId != null && fingerprint != null) {
            update.push("fingerprints", new Document("operationId", operationId).append("sha256", fingerprint));
        }
        // A granted extension or a reopening gives the case a new deadline: it is off the overdue queue, and an
        // overdue notice found before then is about the old one
        events.stream().map(e -> deadlineMovedAt(e.data())).filter(Objects::nonNull).max(Comparator.naturalOrder())
                .ifPresent(movedAt -> update.unset("overdueDueAt").set("deadlineMovedAt", movedAt));
        return mongo.updateFirst(Query.query(current), update, CaseDocument.class)
                .map(result -> result.getModifiedCount() == 1);
    }

    @Override
    public Mono<Boolean> claimAsOriginal(String original, String duplicate, String claimId) {
        Query takingDuplicates = Query.query(where("_id").is(original).and("status").in(TAKING_DUPLICATES));
        Update claim = new Update().addToSet(MERGE_CLAIMS, new Document("caseNumber", duplicate)
                .append("claimId", claimId).append("at", Date.from(clock.instant())));
        return mongo.updateFirst(takingDuplicates, claim, CaseDocument.COLLECTION)
                .map(result -> result.getMatchedCount() == 1);
    }

    @Override
    public Mono<Void> withdrawClaim(String original, String claimId) {
        return mongo.updateFirst(Query.query(where("_id").is(original)),
                new Update().pull(MERGE_CLAIMS, new Document("claimId", claimId)), CaseDocument.COLLECTION).then();
    }

    @Override
    public Mono<Boolean> isBeingMergedInto(String caseNumber) {
        Date abandoned = Date.from(clock.instant().minus(CLAIM_ABANDONED_AFTER));
        Update dropAbandoned = new Update().pull(MERGE_CLAIMS, new Document("at", new Document("$lt", abandoned)));
        return mongo.updateFirst(Query.query(where("_id").is(caseNumber)), dropAbandoned, CaseDocument.COLLECTION)
                .then(mongo.exists(Query.query(where("_id").is(caseNumber).and(MERGE_CLAIMS + ".0").exists(true)),
                        CaseDocument.COLLECTION));
    }

    @Override
    public Mono<Void> markPublished(String caseNumber, Collection<String> eventIds) {
        return mongo.updateFirst(Query.query(where("_id").is(caseNumber)),
                new Update().pullAll("unpublished", eventIds.toArray()), CaseDocument.class).then();
    }

    @Override
    public Mono<OverdueNotice> markOverdue(DeadlineOverdue notice) {
        Criteria noticeIsAboutTheLatestDeadline = notice.deadlineSetAt() != null
                ? where("deadlineMovedAt").lte(notice.deadlineSetAt())
                : where("deadlineMovedAt").lt(notice.overdueAt());
        Criteria deadlineNotMovedSince = new Criteria().orOperator(where("deadlineMovedAt").is(null),
                noticeIsAboutTheLatestDeadline);
        String caseNumber = notice.caseNumber();
        return mongo.updateFirst(Query.query(where("_id").is(caseNumber).andOperator(deadlineNotMovedSince)),
                        Update.update("overdueDueAt", notice.dueAt()), CaseDocument.class)
                .flatMap(result -> result.getMatchedCount() == 1 ? Mono.just(OverdueNotice.RECORDED)
                        : mongo.exists(Query.query(where("_id").is(caseNumber)), CaseDocument.class)
                        .map(known -> known ? OverdueNotice.STALE : OverdueNotice.UNKNOWN_CASE));
    }

    /** When the event gave the case a new deadline, or null. */
    private static Instant deadlineMovedAt(CaseEvent event) {
        if (event instanceof CaseExtensionDecided decided && decided.granted()) {
            return decided.decidedAt();
        }
        return event instanceof CaseReopened reopened ? reopened.reopenedAt() : null;
    }

    @Override
    public Flux<String> withUnpublishedEvents(Instant changedBefore) {
        Query query = Query.query(where("unpublished.0").exists(true).and("updatedAt").lt(changedBefore));
        query.fields().include("_id");
        return mongo.find(query, Document.class, CaseDocument.COLLECTION).map(doc -> doc.getString("_id"));
    }

    @Override
    public Flux<DispatchCase> unsignedPast(Instant now) {
        return mongo.find(Query.query(where("status").is(CaseStatus.DISPATCHED.name()).and("signBy").lt(now)),
                CaseDocument.class).map(doc -> toStored(doc).dispatchCase());
    }

    @Override
    public Flux<DispatchCase> find(CaseQuery wanted) {
        Criteria criteria = where("status").in(wanted.statuses().stream().map(Enum::name).toList());
        if (!wanted.teamIds().isEmpty()) {
            criteria = criteria.and("teamIds").in(wanted.teamIds());
        }
        if (wanted.signByBefore() != null) {
            criteria = criteria.and("signBy").lt(wanted.signByBefore());
        }
        if (wanted.extensionPending() != null) {
            criteria = criteria.and("extensionPending").is(wanted.extensionPending());
        }
        if (wanted.overdue() != null) {
            criteria = wanted.overdue() ? criteria.and("overdueDueAt").ne(null) : criteria.and("overdueDueAt").is(null);
        }
        if (wanted.area() != null) {
            criteria = criteria.and("cell.code").regex("^" + wanted.area());
        }
        if (wanted.excludedHandler() != null) {
            // on an array, "not equal" holds when no element is the actor
            criteria = criteria.and("handlers").ne(wanted.excludedHandler());
        }
        Query query = Query.query(criteria).with(Sort.by(Sort.Direction.DESC, "updatedAt", "_id"))
                .skip((long) wanted.page() * wanted.size()).limit(wanted.size());
        return mongo.find(query, CaseDocument.class).map(doc -> toStored(doc).dispatchCase());
    }

    @Override
    public Mono<Map<String, Long>> openCasesByTeam(Collection<String> teamIds) {
        return mongo.aggregate(Aggregation.newAggregation(
                                Aggregation.match(where("status").in(OPEN_STATUSES).and("leadTeamId").in(teamIds)),
                                Aggregation.group("leadTeamId").count().as("open")),
                        CaseDocument.COLLECTION, Document.class)
                .collectMap(row -> String.valueOf(row.get("_id")), row -> ((Number) row.get("open")).longValue());
    }

    @Override
    public Mono<Long> nextSequence(LocalDate day) {
        return mongo.findAndModify(Query.query(where("_id").is(CaseNumbers.dayKey(day))),
                        new Update().inc("value", 1L),
                        FindAndModifyOptions.options().upsert(true).returnNew(true),
                        Document.class, COUNTERS)
                .map(counter -> ((Number) counter.get("value")).longValue());
    }

    private CaseDocument.HistoryEntry entry(EventEnvelope<CaseEvent> event) {
        return new CaseDocument.HistoryEntry(event.eventId(), event.type(), event.occurredAt(),
                new String(codec.encode(event), StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    private StoredCase toStored(CaseDocument document) {
        List<EventEnvelope<CaseEvent>> events = new ArrayList<>();
        for (CaseDocument.HistoryEntry entry : document.history()) {
            events.add((EventEnvelope<CaseEvent>) codec.decode(entry.envelope().getBytes(StandardCharsets.UTF_8)));
        }
        DispatchCase dispatchCase = DispatchCase.replay(events.stream()
                .map(event -> new Recorded(event.eventId(), event.occurredAt(), event.data())).toList());
        Set<String> unpublished = new HashSet<>(orEmpty(document.unpublished()));
        Map<String, String> fingerprints = orEmpty(document.fingerprints()).stream().collect(Collectors.toMap(
                CaseDocument.Fingerprint::operationId, CaseDocument.Fingerprint::sha256, (first, later) -> first));
        return new StoredCase(dispatchCase, new HashSet<>(orEmpty(document.operations())), fingerprints,
                events.stream().filter(event -> unpublished.contains(event.eventId())).toList());
    }

    private static String leadTeamId(DispatchCase dispatchCase) {
        return dispatchCase.team() == null ? null : dispatchCase.team().id();
    }

    private static List<String> teamIds(DispatchCase dispatchCase) {
        if (dispatchCase.team() == null) {
            return List.of();
        }
        return Stream.concat(Stream.of(dispatchCase.team()), dispatchCase.assistingTeams().stream())
                .map(TeamRef::id).collect(Collectors.toList());
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
