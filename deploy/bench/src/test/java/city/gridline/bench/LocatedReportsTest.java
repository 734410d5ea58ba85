package city.gridline.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import city.gridline.contracts.category.CategoryCatalogue;
import city.gridline.contracts.event.CloudEventHeaders;
import city.gridline.contracts.event.EventCodec;
import city.gridline.contracts.event.EventEnvelope;
import city.gridline.contracts.event.ReportLocated;
import org.junit.jupiter.api.Test;

class LocatedReportsTest {

    private static final EventCodec CODEC = new EventCodec();
    private static final List<LocatedReports.Report> REPORTS = new LocatedReports(20261123).next(200);

    @Test
    void everyReportIsAValidLocatedEventWithItsOwnIds() {
        assertThat(REPORTS).allSatisfy(report -> {
            EventEnvelope<?> event = CODEC.decode(report.payload());
            assertThat(event.data()).isInstanceOf(ReportLocated.class);
            assertThat(((ReportLocated) event.data()).reportId()).isEqualTo(report.reportId());
            assertThat(new String((byte[]) report.headers().get(CloudEventHeaders.ID))).isEqualTo(event.eventId());
        });
        assertThat(REPORTS.stream().map(LocatedReports.Report::reportId).distinct()).hasSize(REPORTS.size());
        assertThat(REPORTS.stream().map(r -> CODEC.decode(r.payload()).eventId()).distinct()).hasSize(REPORTS.size());
    }

    @Test
    void mixesDispatchedAndTransferredCategoriesInAndOutsideZones() {
        CategoryCatalogue catalogue = CategoryCatalogue.bundled();
        assertThat(REPORTS).allSatisfy(report -> {
            ReportLocated located = (ReportLocated) CODEC.decode(report.payload()).data();
            assertThat(catalogue.find(located.report().categoryCode()))
                    .hasValueSatisfying(category -> assertThat(category.transferred()).isEqualTo(report.transferred()));
        });
        assertThat(REPORTS.stream().filter(LocatedReports.Report::transferred)).hasSize(REPORTS.size() / 5);
        assertThat(REPORTS.stream().filter(r -> ((ReportLocated) CODEC.decode(r.payload()).data()).zone() != null))
                .hasSize(REPORTS.size() / 4);
    }
}
