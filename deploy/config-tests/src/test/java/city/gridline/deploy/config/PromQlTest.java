package city.gridline.deploy.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import city.gridline.deploy.config.PromQl.Matcher;
import city.gridline.deploy.config.PromQl.Selector;

class PromQlTest {

    @Test
    void findsTheSeriesInsideAggregationsAndFunctions() {
        assertThat(PromQl.selectors("sum by (channel) (rate(gridline_reports_received_total{channel=\"12319\"}[5m])) * 60"))
                .containsExactly(new Selector("gridline_reports_received_total",
                        List.of(new Matcher("channel", "=", "12319"))));
    }

    @Test
    void skipsGroupingListsDurationsOffsetsSubqueriesAndNumbers() {
        assertThat(PromQl.selectors("max by (topic) (deriv(lag[10m])) - min_over_time(max by (topic) (lag offset 1h)[1h:1m])"
                + " >= 1e3 and on () sum(increase(c_total{stage=~\"a|b\", uri!~\"/actuator.*\"}[5m])) > 0.05"))
                .extracting(Selector::metric).containsExactly("lag", "lag", "c_total");
    }

    @Test
    void readsMatchersWithEscapesAndGrafanaVariables() {
        assertThat(PromQl.selectors("histogram_quantile(0.95, sum by (stage, le) (rate(h_bucket{le=\"+Inf\", "
                + "street=~\"$street\", path=\"a\\\"b\"}[$__rate_interval])))"))
                .singleElement().satisfies(selector -> assertThat(selector.matchers()).containsExactly(
                        new Matcher("le", "=", "+Inf"), new Matcher("street", "=~", "$street"),
                        new Matcher("path", "=", "a\"b")));
    }

    @Test
    void recordingLevelComesFromTheFirstGrouping() {
        assertThat(PromQl.firstGrouping("histogram_quantile(0.5, sum by (stage, le) (rate(x[5m])))"))
                .containsExactly("stage", "le");
        assertThat(PromQl.firstGrouping("sum(rate(x[5m]))")).isEmpty();
    }
}
