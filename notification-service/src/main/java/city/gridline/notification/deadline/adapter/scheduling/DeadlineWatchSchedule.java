package city.gridline.notification.deadline.adapter.scheduling;

import city.gridline.notification.deadline.application.DeadlineRecount;
import city.gridline.notification.deadline.application.DeadlineWatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

import java.time.Clock;
import java.time.Duration;

/**
 * Runs the deadline watch every {@code watch-interval}, the first one an interval after the start (the outbox relay of
 * its steps runs with the service's other relays, {@code OutboxRelaySchedule}). Before its first watch an instance has the deadlines
 * counted again if the counting rules changed ({@link DeadlineRecount}), so that no step is announced against a due
 * time the calendar in force no longer gives, and before each later watch those another instance counted by other
 * rules meanwhile. If that fails it watches all the same (a watch stopped for good would be worse than a step
 * announced by the old lists) and tries again before the next watch.
 */
public class DeadlineWatchSchedule {

    private static final Logger log = LoggerFactory.getLogger(DeadlineWatchSchedule.class);

    private final DeadlineRecount recount;
    private final DeadlineWatcher watcher;
    private final Clock clock;
    private final Duration timeout;
    /** Only the scheduler's thread reads and sets it. */
    private boolean counted;

    public DeadlineWatchSchedule(DeadlineRecount recount, DeadlineWatcher watcher, Clock clock, Duration timeout) {
        this.recount = recount;
        this.watcher = watcher;
        this.clock = clock;
        this.timeout = timeout;
    }

    @Scheduled(fixedDelayString = "${gridline.notification.deadline.watch-interval}",
            initialDelayString = "${gridline.notification.deadline.watch-interval}")
    public void watch() {
        try {
            if (counted) {
                recount.recountStragglers(clock.instant()).block(timeout);
            } else {
                recount.recountIfRulesChanged(clock.instant()).block(timeout);
                counted = true;
            }
        } catch (RuntimeException e) {
            log.atWarn().setCause(e).log("counting the deadlines again failed; it is tried again before the next"
                    + " watch");
        }
        Long announced = watcher.watchAt(clock.instant()).block(timeout);
        if (announced != null && announced > 0) {
            log.atInfo().addKeyValue("steps", announced).log("deadline steps announced");
        }
    }
}
