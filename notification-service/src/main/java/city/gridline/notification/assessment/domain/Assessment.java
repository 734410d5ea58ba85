package city.gridline.notification.assessment.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The assessment of the cases first dispatched within [from, to), one row per group, busiest first, plus the filing
 * rate (立案率) over the same period: cases opened / reports received. The filing rate is overall only: a received
 * report carries no district until grid-service locates it, and an unlocatable one never gets one.
 */
public record Assessment(Instant from, Instant to, GroupBy groupBy, long casesOpened, long reportsReceived,
                         Double filingRate, List<Row> rows) {

    public static Assessment of(Instant from, Instant to, GroupBy groupBy, long casesOpened, long reportsReceived,
                                List<AssessedCase> cases) {
        Map<GroupKey, GroupFigures> byGroup = new LinkedHashMap<>();
        for (AssessedCase assessed : cases) {
            byGroup.merge(assessed.keyBy(groupBy), GroupFigures.NONE.plus(assessed),
                    (sum, one) -> sum.plus(assessed));
        }
        List<Row> rows = new ArrayList<>();
        byGroup.forEach((key, figures) -> rows.add(new Row(key, figures)));
        rows.sort(Comparator.comparingLong((Row row) -> row.figures().cases()).reversed()
                .thenComparing(row -> row.group().code()));
        // Reports opened as cases may outnumber those counted as received when the period cuts between the two.
        Double filingRate = Rate.of(Math.min(casesOpened, reportsReceived), reportsReceived);
        return new Assessment(from, to, groupBy, casesOpened, reportsReceived, filingRate, List.copyOf(rows));
    }

    public record Row(GroupKey group, GroupFigures figures) {
    }
}
