package city.gridline.intake.open311.application;

import city.gridline.contracts.Channel;
import city.gridline.intake.open311.domain.Open311Service;
import city.gridline.intake.open311.domain.ServiceRequestForm;
import city.gridline.intake.report.application.BrokerUnavailableException;
import city.gridline.intake.report.application.ReportIntake;
import city.gridline.intake.report.application.ReportTracking;
import city.gridline.intake.report.application.TicketConflictException;
import city.gridline.intake.report.domain.ReportStatus;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class ServiceRequestsTest {

    private static final ServiceRequestForm.Valid REQUEST = new ServiceRequestForm.Valid(
            new Open311Service("pothole", "200401", "Pothole in Street", "roads", "pothole", "A hole", List.of()),
            39.937, 116.455, null, "hole", Map.of(), null, null, null);

    private final ReportIntake intake = mock(ReportIntake.class);
    private final ServiceRequests requests = new ServiceRequests(intake, mock(ReportTracking.class),
            () -> Mono.just("26-00000009"));

    @Test
    void aRequestRecordedWhileTheBrokerIsDownIsAnsweredWithItsIdForTheRelayToPublish() {
        when(intake.submit(any(), anyString())).thenReturn(Mono.error(
                new BrokerUnavailableException(new IllegalStateException("no broker"))));

        assertThat(requests.create(REQUEST, "trace-1").block()).isEqualTo("26-00000009");
    }

    /** Found in review: an id filed through the general report endpoint first made the Open311 request a 409. */
    @Test
    void anIdTakenThroughTheGeneralEndpointIsSkipped() {
        AtomicInteger next = new AtomicInteger(9);
        ServiceRequests skipping = new ServiceRequests(intake, mock(ReportTracking.class),
                () -> Mono.fromSupplier(() -> "26-%08d".formatted(next.getAndIncrement())));
        when(intake.submit(any(), anyString())).thenReturn(
                Mono.error(new TicketConflictException(Channel.OPEN311, "26-00000009", "report-of-another")),
                Mono.just(new ReportIntake.Submitted("report-1", ReportStatus.RECEIVED, false, null)));

        assertThat(skipping.create(REQUEST, "trace-1").block()).isEqualTo("26-00000010");
    }

    @Test
    void elevenIdsTakenInARowAreRefusedAsUnavailable() {
        when(intake.submit(any(), anyString())).thenReturn(
                Mono.error(new TicketConflictException(Channel.OPEN311, "26-00000009", "report-of-another")));

        assertThatThrownBy(() -> requests.create(REQUEST, "trace-1").block())
                .isInstanceOf(ServiceRequestIdsTakenException.class);
    }

    @Test
    void aRequestThatCouldNotBeRecordedFails() {
        when(intake.submit(any(), anyString())).thenReturn(Mono.error(new IllegalStateException("database down")));

        assertThatThrownBy(() -> requests.create(REQUEST, "trace-1").block()).hasMessageContaining("database down");
    }
}
