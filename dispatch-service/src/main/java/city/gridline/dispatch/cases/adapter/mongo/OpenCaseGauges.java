package city.gridline.dispatch.cases.adapter.mongo;

import city.gridline.dispatch.cases.application.DispatchedCases;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.Fields;
import org.springframework.data.mongodb.core.aggregation.GroupOperation;
import org.springframework.scheduling.annotation.Scheduled;

import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * {@code gridline.cases.open{district,street,team}} and {@code gridline.cases.open_by_cell{cell,street,lon,lat}}:
 * the open cases, counted in dispatch's own database every refresh. The cell's position is the point of the
 * earliest open case in it, close enough to place the cell on a city map. Each refresh also registers the dispatch
 * counter of every place and team with open cases ({@link DispatchedCases#seen}).
 */
public class OpenCaseGauges {

    private final ReactiveMongoTemplate mongo;
    private final MultiGauge byTeam;
    private final MultiGauge byCell;
    private final DispatchedCases dispatched;

    public OpenCaseGauges(ReactiveMongoTemplate mongo, MeterRegistry registry) {
        this.mongo = mongo;
        this.byTeam = MultiGauge.builder("gridline.cases.open")
                .description("Open cases by district, street and team").register(registry);
        this.byCell = MultiGauge.builder("gridline.cases.open_by_cell")
                .description("Open cases by cell, with the cell's position").register(registry);
        this.dispatched = new DispatchedCases(registry);
    }

    @Scheduled(fixedDelayString = "${gridline.dispatch.gauge-refresh}")
    public void refresh() {
        List<Document> byPlaceAndTeam = aggregate(Aggregation.group(Fields.from(
                Fields.field("district", "cell.district.name"),
                Fields.field("street", "cell.street.name"),
                Fields.field("team", "team.name"))).count().as("open"));
        byTeam.register(byPlaceAndTeam.stream()
                .map(row -> MultiGauge.Row.of(tags(row, "district", "street", "team"), count(row)))
                .toList(), true);
        byPlaceAndTeam.stream().map(row -> (Document) row.get("_id")).filter(id -> id.get("team") != null)
                .forEach(id -> dispatched.seen(String.valueOf(id.get("district")), String.valueOf(id.get("street")),
                        String.valueOf(id.get("team"))));
        byCell.register(aggregate(Aggregation.group(Fields.from(
                        Fields.field("cell", "cell.code"),
                        Fields.field("street", "cell.street.name")))
                        .count().as("open").first("point.lon").as("lon").first("point.lat").as("lat"))
                .stream()
                .map(row -> MultiGauge.Row.of(tags(row, "cell", "street")
                        .and("lon", String.valueOf(row.get("lon")), "lat", String.valueOf(row.get("lat"))), count(row)))
                .toList(), true);
    }

    /**
     * The open cases grouped, read in case-number order (the order they were opened in), so that a group's first
     * case is its earliest: the cell's position stays the same from one refresh, and one instance, to the next.
     */
    private List<Document> aggregate(GroupOperation group) {
        return mongo.aggregate(Aggregation.newAggregation(
                        Aggregation.match(where("status").in(MongoCaseStore.OPEN_STATUSES)),
                        Aggregation.sort(Sort.Direction.ASC, "_id"), group),
                CaseDocument.COLLECTION, Document.class).collectList().block();
    }

    private static Tags tags(Document row, String... keys) {
        Document id = (Document) row.get("_id");
        Tags tags = Tags.empty();
        for (String key : keys) {
            tags = tags.and(key, String.valueOf(id.get(key)));
        }
        return tags;
    }

    private static double count(Document row) {
        return ((Number) row.get("open")).doubleValue();
    }
}
