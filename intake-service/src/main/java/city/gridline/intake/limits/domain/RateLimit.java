package city.gridline.intake.limits.domain;

/** How many requests one client may make: {@code perSecond} on average, up to {@code burst} at once. */
public record RateLimit(double perSecond, int burst) {

    public RateLimit {
        if (perSecond <= 0 || burst < 1) {
            throw new IllegalArgumentException("a rate limit needs a positive rate and a burst of at least 1: "
                    + perSecond + "/s, burst " + burst);
        }
    }
}
