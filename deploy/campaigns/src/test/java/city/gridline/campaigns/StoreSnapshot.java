package city.gridline.campaigns;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * What is stored at one moment: every collection's document count ({@code db.collection}) and every Gridline topic
 * partition's end offset ({@code topic:partition}).
 */
record StoreSnapshot(Map<String, Long> counts) {

    /** The entries that differ from {@code later} among those {@code inScope}, as {@code key: before → after}. */
    Map<String, String> changesUntil(StoreSnapshot later, Predicate<String> inScope) {
        Map<String, String> changes = new TreeMap<>();
        TreeMap<String, Long> keys = new TreeMap<>(counts);
        later.counts.forEach(keys::putIfAbsent);
        keys.keySet().stream().filter(inScope).forEach(key -> {
            long before = counts.getOrDefault(key, 0L);
            long after = later.counts.getOrDefault(key, 0L);
            if (before != after) {
                changes.put(key, before + " → " + after);
            }
        });
        return changes;
    }
}
