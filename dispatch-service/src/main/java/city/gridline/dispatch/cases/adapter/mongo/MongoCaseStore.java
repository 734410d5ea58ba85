package city.gridline.dispatch.cases.adapter.mongo;

import city.gridline.dispatch.cases.application.CaseStore;
import city.gridline.dispatch.cases.domain.CaseNumbers;
import city.gridline.dispatch.cases.domain.DispatchCase;
import org.bson.Document;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import reactor.core.publisher.Mono;

import java.time.LocalDate;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Cases in MongoDB. A unique index on the report id keeps one case per report, whatever the redeliveries; the
 * day's case sequence is an atomic counter document.
 */
public class MongoCaseStore implements CaseStore, InitializingBean {

    private static final String COUNTERS = "case_sequences";

    private final ReactiveMongoTemplate mongo;

    public MongoCaseStore(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterPropertiesSet() {
        mongo.indexOps(CaseDocument.COLLECTION)
                .createIndex(new Index().on("reportId", Sort.Direction.ASC).unique().named("report_once"))
                .block();
    }

    @Override
    public Mono<DispatchCase> findByReportId(String reportId) {
        return mongo.findOne(Query.query(where("reportId").is(reportId)), CaseDocument.class)
                .map(CaseDocument::toCase);
    }

    @Override
    public Mono<DispatchCase> findByCaseNumber(String caseNumber) {
        return mongo.findById(caseNumber, CaseDocument.class).map(CaseDocument::toCase);
    }

    @Override
    public Mono<DispatchCase> insertOrFindByReport(DispatchCase newCase) {
        return mongo.insert(CaseDocument.of(newCase))
                .map(CaseDocument::toCase)
                .onErrorResume(DuplicateKeyException.class, duplicate -> findByReportId(newCase.reportId()));
    }

    @Override
    public Mono<Long> nextSequence(LocalDate day) {
        return mongo.findAndModify(Query.query(where("_id").is(CaseNumbers.dayKey(day))),
                        new Update().inc("value", 1L),
                        FindAndModifyOptions.options().upsert(true).returnNew(true),
                        Document.class, COUNTERS)
                .map(counter -> ((Number) counter.get("value")).longValue());
    }
}
