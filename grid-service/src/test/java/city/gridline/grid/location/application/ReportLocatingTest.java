package city.gridline.grid.location.application;

import city.gridline.contracts.event.EventCodec;
import city.gridline.contracts.event.EventEnvelope;
import city.gridline.contracts.event.ReportReceived;
import city.gridline.contracts.event.ReportUnlocatable;
import city.gridline.contracts.event.UnlocatableReason;
import city.gridline.grid.location.ReceivedReportFixture;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ReportLocatingTest {

    @Test
    @SuppressWarnings("unchecked")
    void withNoLayerInForceEveryReportIsLeftForManualTriage() {
        ReportLocating locating = new ReportLocating(Optional::empty, Clock.systemUTC());
        EventEnvelope<ReportReceived> received = (EventEnvelope<ReportReceived>) new EventCodec()
                .decode(ReceivedReportFixture.aReceivedReport("r-no-layer", "e-no-layer", 116.455, 39.937, "GCJ02"));

        EventEnvelope<?> outcome = locating.locate(received);

        assertThat(outcome.data()).isInstanceOfSatisfying(ReportUnlocatable.class, unlocatable -> {
            assertThat(unlocatable.reportId()).isEqualTo("r-no-layer");
            assertThat(unlocatable.reasonCode()).isEqualTo(UnlocatableReason.NO_LAYER_IN_FORCE);
        });
    }
}
