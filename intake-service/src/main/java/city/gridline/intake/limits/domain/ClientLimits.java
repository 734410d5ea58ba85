package city.gridline.intake.limits.domain;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * A token bucket per client (a caller or an address), at most {@code maxClients} of them, each at the client's own
 * limit when it has one, else at the default. Idle clients' buckets
 * are full and are forgotten when room is needed; when every tracked client is busy, new clients share one overflow
 * bucket, so that a flood of distinct addresses can neither exhaust memory nor slip past the limit.
 */
public final class ClientLimits {

    static final String OVERFLOW = "\u0000overflow";
    private static final long SWEEP_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final RateLimit limit;
    private final int maxClients;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private volatile long lastSweepNanos;
    private volatile boolean swept;

    public ClientLimits(RateLimit limit, int maxClients) {
        if (maxClients < 1) {
            throw new IllegalArgumentException("maxClients must be positive: " + maxClients);
        }
        this.limit = limit;
        this.maxClients = maxClients;
    }

    public Admission take(String client, long nowNanos) {
        return take(client, null, nowNanos);
    }

    /** Takes from the client's bucket, made at {@code ownLimit} (the default when {@code null}) if it is new. */
    public Admission take(String client, RateLimit ownLimit, long nowNanos) {
        TokenBucket bucket = buckets.get(client);
        if (bucket == null) {
            if (buckets.size() >= maxClients) {
                forgetIdleClients(nowNanos);
            }
            String key = buckets.size() < maxClients ? client : OVERFLOW;
            RateLimit chosen = ownLimit == null || key.equals(OVERFLOW) ? limit : ownLimit;
            bucket = buckets.computeIfAbsent(key, any -> new TokenBucket(chosen, nowNanos));
        }
        return bucket.take(nowNanos);
    }

    /**
     * Whether the client's next {@link #take} would be admitted, without taking: a client without a bucket of its
     * own has a full one, unless every place is taken and it would share the overflow bucket.
     */
    public Admission peek(String client, long nowNanos) {
        TokenBucket bucket = buckets.get(client);
        if (bucket == null && buckets.size() >= maxClients) {
            bucket = buckets.get(OVERFLOW);
        }
        return bucket == null ? Admission.ADMITTED : bucket.peek(nowNanos);
    }

    int trackedClients() {
        return buckets.size();
    }

    private void forgetIdleClients(long nowNanos) {
        if (swept && nowNanos - lastSweepNanos < SWEEP_INTERVAL_NANOS) {
            return;
        }
        lastSweepNanos = nowNanos;
        swept = true;
        buckets.values().removeIf(bucket -> bucket.isFull(nowNanos));
    }
}
