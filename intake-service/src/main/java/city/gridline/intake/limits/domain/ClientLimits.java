package city.gridline.intake.limits.domain;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * A token bucket per client (an api key or an address), at most {@code maxClients} of them. Idle clients' buckets
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
        TokenBucket bucket = buckets.get(client);
        if (bucket == null) {
            if (buckets.size() >= maxClients) {
                forgetIdleClients(nowNanos);
            }
            String key = buckets.size() < maxClients ? client : OVERFLOW;
            bucket = buckets.computeIfAbsent(key, any -> new TokenBucket(limit, nowNanos));
        }
        return bucket.take(nowNanos);
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
