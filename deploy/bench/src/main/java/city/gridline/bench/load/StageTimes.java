package city.gridline.bench.load;

import java.util.Arrays;

/**
 * When one report reached each {@link Stage} ({@link System#nanoTime()} at which the benchmark consumed the event;
 * 0 = not seen), and whether it ended unlocatable or transferred. Immutable: replaced on every event.
 */
record StageTimes(long[] nanos, boolean unlocatable, boolean transferred) {

    static final StageTimes NONE = new StageTimes(new long[Stage.values().length], false, false);

    StageTimes with(Stage stage, long at, String eventType) {
        if (nanos[stage.ordinal()] != 0) {
            return this;
        }
        long[] next = Arrays.copyOf(nanos, nanos.length);
        next[stage.ordinal()] = at;
        return new StageTimes(next, unlocatable || eventType.startsWith("gridline.report.unlocatable."),
                transferred || eventType.startsWith("gridline.case.transferred."));
    }

    long at(Stage stage) {
        return nanos[stage.ordinal()];
    }

    /** Nothing more is coming for this report: decided, or found outside every cell. */
    boolean ended() {
        return at(Stage.DECIDED) != 0 || unlocatable;
    }
}
