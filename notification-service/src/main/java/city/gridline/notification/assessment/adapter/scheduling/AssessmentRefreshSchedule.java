package city.gridline.notification.assessment.adapter.scheduling;

import city.gridline.notification.assessment.application.AssessmentGauges;
import org.springframework.scheduling.annotation.Scheduled;

import java.time.Clock;
import java.time.Duration;

/** Recomputes the assessment gauges every {@code refresh-interval}, the first time an interval after the start. */
public class AssessmentRefreshSchedule {

    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    private final AssessmentGauges gauges;
    private final Clock clock;

    public AssessmentRefreshSchedule(AssessmentGauges gauges, Clock clock) {
        this.gauges = gauges;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${gridline.notification.assessment.refresh-interval}",
            initialDelayString = "${gridline.notification.assessment.refresh-interval}")
    public void refresh() {
        gauges.refresh(clock.instant()).block(TIMEOUT);
    }
}
