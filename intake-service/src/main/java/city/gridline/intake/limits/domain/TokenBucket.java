package city.gridline.intake.limits.domain;

import java.time.Duration;

/** One client's allowance: it starts full, refills continuously at the rate, and holds at most the burst. */
final class TokenBucket {

    private final RateLimit limit;
    private double tokens;
    private long refilledAt;

    TokenBucket(RateLimit limit, long nowNanos) {
        this.limit = limit;
        this.tokens = limit.burst();
        this.refilledAt = nowNanos;
    }

    synchronized Admission take(long nowNanos) {
        Admission admission = peek(nowNanos);
        if (admission.admitted()) {
            tokens -= 1;
        }
        return admission;
    }

    /** Whether a take would be admitted now, without taking. */
    synchronized Admission peek(long nowNanos) {
        refill(nowNanos);
        if (tokens >= 1) {
            return Admission.ADMITTED;
        }
        double secondsToNextToken = (1 - tokens) / limit.perSecond();
        return Admission.refused(Duration.ofNanos((long) Math.ceil(secondsToNextToken * 1e9)));
    }

    /** A full bucket holds nothing about its client that a new one would not: it can be forgotten. */
    synchronized boolean isFull(long nowNanos) {
        refill(nowNanos);
        return tokens >= limit.burst();
    }

    private void refill(long nowNanos) {
        long elapsed = Math.max(0, nowNanos - refilledAt);
        tokens = Math.min(limit.burst(), tokens + elapsed / 1e9 * limit.perSecond());
        refilledAt = nowNanos;
    }
}
