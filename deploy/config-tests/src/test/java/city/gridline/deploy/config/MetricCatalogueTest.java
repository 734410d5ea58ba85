package city.gridline.deploy.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MetricCatalogueTest {

    private final MetricCatalogue catalogue = MetricCatalogue.load();

    @Test
    void acceptsCatalogueMetricsWithTheirLabelsAndValues() {
        assertThat(catalogue.problems("sum by (result) (increase(gridline_callbacks_total{result=~\"satisfied|unsatisfied\","
                + " application=\"notification-service\"}[1h]))", "query")).isEmpty();
    }

    @Test
    void acceptsRecordedSeriesWithTheLabelsTheirRuleKeeps() {
        assertThat(catalogue.problems("district_street_team:gridline_cases_open:max{street=~\"$street\"}", "query"))
                .isEmpty();
    }

    @Test
    void refusesAMetricNobodyExposes() {
        assertThat(catalogue.problems("rate(gridline_reports_recieved_total[5m])", "query"))
                .singleElement().asString().contains("gridline_reports_recieved_total");
    }

    @Test
    void refusesALabelTheSeriesDoesNotHave() {
        assertThat(catalogue.problems("gridline_cases_open_by_cell{district=\"朝阳区\"}", "query"))
                .singleElement().asString().contains("district");
        assertThat(catalogue.problems("group_topic:spring_cloud_stream_binder_kafka_offset:max{application=\"grid-service\"}", "query"))
                .singleElement().asString().contains("application");
    }

    @Test
    void refusesALabelValueOutsideAClosedSet() {
        assertThat(catalogue.problems("gridline_callbacks_total{result=~\"satisfied|basically-satisfied\"}", "query"))
                .singleElement().asString().contains("basically-satisfied");
        assertThat(catalogue.problems("gridline_pipeline_latency_seconds_bucket{le=\"30\"}", "query"))
                .singleElement().asString().contains("le=\"30\"");
    }
}
