package city.gridline.intake.open311.application;

import city.gridline.intake.open311.domain.Open311Service;
import city.gridline.intake.open311.domain.ServiceRequestForm;
import city.gridline.intake.report.application.BrokerUnavailableException;
import city.gridline.intake.report.application.ReportIntake;
import city.gridline.intake.report.application.ReportTracking;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import java.util.List;
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

    @Test
    void aRequestThatCouldNotBeRecordedFails() {
        when(intake.submit(any(), anyString())).thenReturn(Mono.error(new IllegalStateException("database down")));

        assertThatThrownBy(() -> requests.create(REQUEST, "trace-1").block()).hasMessageContaining("database down");
    }
}
