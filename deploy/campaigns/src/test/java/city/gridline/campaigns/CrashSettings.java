package city.gridline.campaigns;

import java.time.Duration;

/**
 * How hard the crash campaign pushes, from system properties ({@code -Dgridline.crash.rounds=5}, …); the defaults
 * are the short run CI makes. {@code rounds}: how many times every target is killed; {@code rate}: new reports per
 * second; {@code everyRepeat}: every n-th report repeats an earlier one's spot and category; {@code calm}: traffic
 * between a restart's readiness and the next kill; {@code downtime}: how long a killed target stays dead;
 * {@code settle}: how long the consumers have after the traffic to catch up with their topics.
 */
record CrashSettings(int rounds, int rate, int everyRepeat, Duration calm, Duration downtime, Duration settle) {

    static CrashSettings fromSystemProperties() {
        return new CrashSettings(
                Integer.getInteger("gridline.crash.rounds", 1),
                Integer.getInteger("gridline.crash.rate", 4),
                Integer.getInteger("gridline.crash.every-repeat", 4),
                Duration.ofSeconds(Integer.getInteger("gridline.crash.calm-seconds", 3)),
                Duration.ofSeconds(Integer.getInteger("gridline.crash.downtime-seconds", 2)),
                Duration.ofSeconds(Integer.getInteger("gridline.crash.settle-seconds", 120)));
    }

    /** The options that run this campaign again. */
    String options() {
        return "-Dgridline.crash.rounds=%d -Dgridline.crash.rate=%d -Dgridline.crash.every-repeat=%d "
                .formatted(rounds, rate, everyRepeat)
                + "-Dgridline.crash.calm-seconds=%d -Dgridline.crash.downtime-seconds=%d -Dgridline.crash.settle-seconds=%d"
                .formatted(calm.toSeconds(), downtime.toSeconds(), settle.toSeconds());
    }
}
