package city.gridline.campaigns;

import java.time.Duration;

/** Sleeps, turning an interruption into a failure of the campaign (it is never interrupted on purpose). */
final class Pause {

    private Pause() {
    }

    static void during(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
