package city.gridline.notification.deadline.adapter.scheduling;

import city.gridline.notification.deadline.application.DeadlineWatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

import java.time.Clock;
import java.time.Duration;

/** Runs the deadline watch every {@code watch-interval}, the first one an interval after the start. */
public class DeadlineWatchSchedule {

    private static final Logger log = LoggerFactory.getLogger(DeadlineWatchSchedule.class);

    private final DeadlineWatcher watcher;
    private final Clock clock;
    private final Duration timeout;

    public DeadlineWatchSchedule(DeadlineWatcher watcher, Clock clock, Duration timeout) {
        this.watcher = watcher;
        this.clock = clock;
        this.timeout = timeout;
    }

    @Scheduled(fixedDelayString = "${gridline.notification.deadline.watch-interval}",
            initialDelayString = "${gridline.notification.deadline.watch-interval}")
    public void watch() {
        Long announced = watcher.watchAt(clock.instant()).block(timeout);
        if (announced != null && announced > 0) {
            log.atInfo().addKeyValue("steps", announced).log("deadline steps announced");
        }
    }
}
