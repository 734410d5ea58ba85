package city.gridline.grid.layer.adapter.scheduling;

import city.gridline.grid.layer.adapter.metrics.LayerInForceGauge;
import city.gridline.grid.layer.application.ActiveLayer;
import city.gridline.grid.layer.application.CurrentLayer;
import city.gridline.grid.layer.application.LayerFollower;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Follows the stored layer and zones every {@code gridline.grid.follow-interval}, then shows the version in force; a
 * failed run is retried at the next.
 */
public class LayerFollowSchedule {

    private static final Logger log = LoggerFactory.getLogger(LayerFollowSchedule.class);

    private final LayerFollower follower;
    private final ActiveLayer active;
    private final LayerInForceGauge gauge;

    public LayerFollowSchedule(LayerFollower follower, ActiveLayer active, LayerInForceGauge gauge) {
        this.follower = follower;
        this.active = active;
        this.gauge = gauge;
        gauge.show(active.find().map(CurrentLayer::version));
    }

    @Scheduled(fixedDelayString = "${gridline.grid.follow-interval}", initialDelayString = "${gridline.grid.follow-interval}")
    public void run() {
        try {
            follower.follow();
        } catch (RuntimeException e) {
            log.atWarn().setCause(e).log("following the stored grid layer failed; it is tried again at the next interval");
        }
        gauge.show(active.find().map(CurrentLayer::version));
    }
}
