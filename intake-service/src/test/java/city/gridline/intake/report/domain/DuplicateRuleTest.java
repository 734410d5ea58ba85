package city.gridline.intake.report.domain;

import city.gridline.contracts.Channel;
import city.gridline.contracts.Crs;
import city.gridline.contracts.GeoPoint;
import city.gridline.contracts.event.ReportReceived;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DuplicateRuleTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    private static final DuplicateRule RULE = new DuplicateRule(50, Duration.ofHours(1));

    private final ReportReceived report = report("new", 116.45, 39.90, NOW);

    @Test
    void aReportNearOpenReportsRepeatsTheNearestEvenWhenAnUndecidedOneIsNearer() {
        ReportReceived twentyMetres = report("open-20", 116.45, 39.90018, NOW.minusSeconds(600));
        ReportReceived tenMetres = report("open-10", 116.45, 39.90009, NOW.minusSeconds(300));
        ReportReceived undecided = report("undecided", 116.45, 39.90, NOW.minusSeconds(1));

        RepeatDecision decision = RULE.decide(report, List.of(open(twentyMetres), open(tenMetres),
                new DuplicateRule.Nearby(undecided, true)));

        assertThat(decision).isInstanceOfSatisfying(RepeatDecision.RepeatOf.class,
                repeat -> assertThat(repeat.match().primary().reportId()).isEqualTo("open-10"));
    }

    @Test
    void anOpenReportDecidedWhileThisOneWasUndecidedIsRepeatedThoughReceivedAfterIt() {
        ReportReceived after = report("after", 116.45, 39.90009, NOW.plusSeconds(2));

        RepeatDecision decision = RULE.decide(report, List.of(open(after)));

        assertThat(decision).isInstanceOfSatisfying(RepeatDecision.RepeatOf.class,
                repeat -> assertThat(repeat.match().reason()).contains("repeats report after", "10 m and 0 min"));
    }

    @Test
    void withNoOpenReportNearAReportFollowsTheNearestEarlierUndecidedOne() {
        ReportReceived earlierFar = report("earlier-far", 116.45, 39.90036, NOW.minusSeconds(2));
        ReportReceived earlierNear = report("earlier-near", 116.45, 39.90009, NOW.minusSeconds(1));
        ReportReceived later = report("later", 116.45, 39.90, NOW.plusSeconds(1));

        RepeatDecision decision = RULE.decide(report, List.of(undecided(earlierFar), undecided(earlierNear),
                undecided(later)));

        assertThat(decision).isEqualTo(new RepeatDecision.Follows("earlier-near"));
    }

    @Test
    void ofTwoReceivedAtTheSameInstantTheOneWithTheLowerIdIsTheEarlier() {
        ReportReceived sameInstant = report("a-first", 116.45, 39.90, NOW);

        assertThat(RULE.decide(report, List.of(undecided(sameInstant))))
                .isEqualTo(new RepeatDecision.Follows("a-first"));
        assertThat(RULE.decide(sameInstant, List.of(undecided(report))))
                .isEqualTo(new RepeatDecision.Own(List.of("new")));
    }

    @Test
    void withOnlyLaterUndecidedReportsNearAReportIsItsOwnAndTheyAreToFollowIt() {
        ReportReceived later = report("later", 116.45, 39.90009, NOW.plusSeconds(1));
        ReportReceived laterFar = report("later-far", 116.45, 39.9009, NOW.plusSeconds(1));

        RepeatDecision decision = RULE.decide(report, List.of(undecided(report), undecided(later),
                undecided(laterFar)));

        assertThat(decision).isEqualTo(new RepeatDecision.Own(List.of("later")));
    }

    @Test
    void anotherCategoryCoordinateSystemOrHourNeverMatches() {
        ReportReceived otherCategory = new ReportReceived("other-category", Channel.HOTLINE_12319, "T-1", "0303",
                null, new GeoPoint(116.45, 39.90, Crs.GCJ02), "朝阳区", null, NOW.minusSeconds(60));
        ReportReceived otherCrs = new ReportReceived("other-crs", Channel.HOTLINE_12319, "T-2", "0302", null,
                new GeoPoint(116.45, 39.90, Crs.WGS84), "朝阳区", null, NOW.minusSeconds(60));
        ReportReceived hourBefore = report("hour-before", 116.45, 39.90, NOW.minus(Duration.ofMinutes(61)));
        ReportReceived hourAfter = report("hour-after", 116.45, 39.90, NOW.plus(Duration.ofMinutes(61)));

        assertThat(RULE.decide(report, List.of(open(otherCategory), open(otherCrs), open(hourBefore),
                open(hourAfter), undecided(hourAfter)))).isEqualTo(new RepeatDecision.Own(List.of()));
    }

    private static DuplicateRule.Nearby open(ReportReceived report) {
        return new DuplicateRule.Nearby(report, false);
    }

    private static DuplicateRule.Nearby undecided(ReportReceived report) {
        return new DuplicateRule.Nearby(report, true);
    }

    private static ReportReceived report(String id, double lon, double lat, Instant receivedAt) {
        return new ReportReceived(id, Channel.HOTLINE_12319, "T-" + id, "0302", null,
                new GeoPoint(lon, lat, Crs.GCJ02), "朝阳区", null, receivedAt);
    }
}
