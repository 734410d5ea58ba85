package city.gridline.intake.apikey.application;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Hashes of keys lately found unknown or revoked, each until a time, at most {@code max} of them: when full, the
 * oldest refusal is forgotten first (with one lifetime for all, it is the first to expire anyway), so a flood of
 * random keys can cost memory only up to the bound.
 */
final class RecentRefusals {

    private final int max;
    private final Map<String, Long> untilMillis;

    RecentRefusals(int max) {
        if (max < 0) {
            throw new IllegalArgumentException("the number of refusals remembered cannot be negative: " + max);
        }
        this.max = max;
        this.untilMillis = new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
                return size() > RecentRefusals.this.max;
            }
        };
    }

    synchronized boolean holds(String hash, long nowMillis) {
        Long until = untilMillis.get(hash);
        if (until == null) {
            return false;
        }
        if (until > nowMillis) {
            return true;
        }
        untilMillis.remove(hash);
        return false;
    }

    synchronized void add(String hash, long untilMillis) {
        if (max == 0) {
            return;
        }
        this.untilMillis.remove(hash);
        this.untilMillis.put(hash, untilMillis);
    }

    synchronized void clear() {
        untilMillis.clear();
    }

    synchronized int size() {
        return untilMillis.size();
    }
}
