package city.gridline.notification.assessment.domain;

/** A share as assessment reports it: none (null) when nothing was there to count, else in [0, 1], to 4 places. */
public final class Rate {

    private Rate() {
    }

    public static Double of(long part, long whole) {
        if (part < 0 || part > whole) {
            throw new IllegalArgumentException("a rate's part lies within its whole: " + part + " of " + whole);
        }
        if (whole == 0) {
            return null;
        }
        return Math.round(part * 10_000.0 / whole) / 10_000.0;
    }

    /** One minus the share; none when nothing was counted. */
    public static Double complementOf(long part, long whole) {
        Double share = of(part, whole);
        return share == null ? null : Math.round((1 - share) * 10_000.0) / 10_000.0;
    }
}
