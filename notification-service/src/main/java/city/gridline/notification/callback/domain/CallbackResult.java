package city.gridline.notification.callback.domain;

import java.util.Locale;

/** What the citizen said when called back. */
public enum CallbackResult {
    SATISFIED,
    BASICALLY_SATISFIED,
    UNSATISFIED;

    /** Counts towards the satisfaction rate (满意 and 基本满意). */
    public boolean isSatisfied() {
        return this != UNSATISFIED;
    }

    /** The result as metrics label it: {@code satisfied}, {@code basically_satisfied}, {@code unsatisfied}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
