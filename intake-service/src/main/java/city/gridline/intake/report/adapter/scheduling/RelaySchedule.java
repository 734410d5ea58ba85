package city.gridline.intake.report.adapter.scheduling;

import city.gridline.intake.report.application.ReportRelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/** Runs the report relay every {@code gridline.intake.relay.interval}; a failed run is retried at the next. */
public class RelaySchedule {

    private static final Logger log = LoggerFactory.getLogger(RelaySchedule.class);

    private final ReportRelay relay;

    public RelaySchedule(ReportRelay relay) {
        this.relay = relay;
    }

    @Scheduled(fixedDelayString = "${gridline.intake.relay.interval}")
    public void run() {
        try {
            relay.relay().block();
        } catch (RuntimeException e) {
            log.atWarn().setCause(e).log("report relay failed; it runs again at the next interval");
        }
    }
}
