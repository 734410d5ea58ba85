package city.gridline.notification.delivery.adapter.scheduling;

import city.gridline.notification.delivery.application.Deliveries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

import java.time.Duration;

/** Starts the delivery rounds that are due, one poll after the other (never two polls at once in one instance). */
public class DueNotificationPoller {

    private static final Logger log = LoggerFactory.getLogger(DueNotificationPoller.class);

    private final Deliveries deliveries;
    private final Duration pollTimeout;

    public DueNotificationPoller(Deliveries deliveries, Duration pollTimeout) {
        this.deliveries = deliveries;
        this.pollTimeout = pollTimeout;
    }

    @Scheduled(fixedDelayString = "${gridline.notification.delivery.poll-interval}")
    public void deliverDue() {
        Long handled = deliveries.deliverDue().block(pollTimeout);
        if (handled != null && handled > 0) {
            log.atDebug().addKeyValue("rounds", handled).log("delivery rounds run");
        }
    }
}
