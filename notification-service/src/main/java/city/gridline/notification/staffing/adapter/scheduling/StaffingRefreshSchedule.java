package city.gridline.notification.staffing.adapter.scheduling;

import city.gridline.notification.staffing.application.StaffingGauges;
import org.springframework.scheduling.annotation.Scheduled;

import java.time.Duration;

/** Recomputes the staffing gauges with the assessment gauges' {@code refresh-interval}, the first time at start. */
public class StaffingRefreshSchedule {

    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    private final StaffingGauges gauges;

    public StaffingRefreshSchedule(StaffingGauges gauges) {
        this.gauges = gauges;
    }

    @Scheduled(fixedDelayString = "${gridline.notification.assessment.refresh-interval}")
    public void refresh() {
        gauges.refresh().block(TIMEOUT);
    }
}
