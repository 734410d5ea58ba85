package city.gridline.localstack.mongo;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.bson.Document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A non-unique index for mongo-java-server, which keeps none of its own (it ignores them and scans): the
 * documents by the value of the index's leading key, so a filter naming that key by a value or {@code $in} — the
 * services' outbox polls ({@code published: false}), merge candidates ({@code categoryCode}), task lists
 * ({@code teamIds}), due-date watches ({@code state}) — reads only the documents with that value. The rest of the
 * filter, sort and limit are still the server's. It holds {@code _id}s and finds their documents through the
 * {@code _id} index. Array values are indexed by element, as MongoDB's multikey indexes are.
 */
final class LeadingKeyIndex<P> extends IdResolvingIndex<P> {

    private static final int UNSELECTIVE_SHARE = 4;

    private final String key;
    private final Map<KeyValue, Set<Object>> idsByValue = new HashMap<>();

    LeadingKeyIndex(String name, List<IndexKey> keys, Supplier<MongoCollection<P>> collection) {
        super(name, keys, collection);
        this.key = keys.get(0).getKey();
    }

    /**
     * Only a selective filter: when more than a quarter of the collection has the value, reading those documents one
     * by one through the {@code _id} index costs the server more than its scan, so it is left to scan.
     */
    @Override
    public synchronized boolean canHandle(Document query) {
        Set<KeyValue> values = values(query.get(key));
        return !values.isEmpty() && idIndex() != null
                && (long) candidateCount(values) * UNSELECTIVE_SHARE <= collection().count();
    }

    @Override
    public synchronized Iterable<P> getPositions(Document query) {
        Index<P> idIndex = idIndex();
        List<P> positions = new ArrayList<>();
        for (Object id : candidates(values(query.get(key)))) {
            P position = idIndex.getPosition(new Document(ID, id));
            if (position != null) {
                positions.add(position);
            }
        }
        return positions;
    }

    private int candidateCount(Set<KeyValue> values) {
        return values.stream().mapToInt(value -> idsByValue.getOrDefault(value, Set.of()).size()).sum();
    }

    private List<Object> candidates(Set<KeyValue> values) {
        List<Object> ids = new ArrayList<>();
        for (KeyValue value : values) {
            ids.addAll(idsByValue.getOrDefault(value, Set.of()));
        }
        return ids;
    }

    @Override
    public synchronized void add(Document document, P position, MongoCollection<P> collection) {
        Object id = document.get(ID);
        for (KeyValue value : storedValues(document)) {
            idsByValue.computeIfAbsent(value, absent -> new HashSet<>()).add(id);
        }
    }

    @Override
    public synchronized P remove(Document document) {
        Object id = document.get(ID);
        for (KeyValue value : storedValues(document)) {
            Set<Object> ids = idsByValue.get(value);
            if (ids != null && ids.remove(id) && ids.isEmpty()) {
                idsByValue.remove(value);
            }
        }
        return null;
    }

    @Override
    public synchronized void updateInPlace(Document oldDocument, Document newDocument, P position,
                                           MongoCollection<P> collection) {
        remove(oldDocument);
        add(newDocument, position, collection);
    }

    /** The equality values a filter's condition on the key names: a plain value, or {@code $in}'s; else none. */
    private static Set<KeyValue> values(Object condition) {
        Set<KeyValue> values = new HashSet<>();
        if (condition instanceof Document operators) {
            if (operators.size() == 1 && operators.get("$in") instanceof Collection<?> in) {
                for (Object value : in) {
                    if (!indexable(value)) {
                        return Set.of();
                    }
                    values.add(new KeyValue(value).normalized());
                }
            }
            return values;
        }
        if (indexable(condition)) {
            values.add(new KeyValue(condition).normalized());
        }
        return values;
    }

    private Set<KeyValue> storedValues(Document document) {
        Object value = Utils.getSubdocumentValueCollectionAware(document, key);
        Set<KeyValue> values = new HashSet<>();
        if (value instanceof Collection<?> elements) {
            elements.stream().filter(LeadingKeyIndex::indexable)
                    .forEach(element -> values.add(new KeyValue(element).normalized()));
        } else if (indexable(value)) {
            values.add(new KeyValue(value).normalized());
        }
        return values;
    }

    /** Scalars only: null, documents, arrays and patterns match by rules this index does not copy. */
    private static boolean indexable(Object value) {
        return value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof java.time.Instant || value instanceof java.util.Date
                || value instanceof java.util.UUID || value instanceof de.bwaldvogel.mongo.bson.ObjectId;
    }

    @Override
    public synchronized long getCount() {
        return idsByValue.values().stream().mapToLong(Set::size).sum();
    }

    @Override
    public synchronized void drop() {
        idsByValue.clear();
    }
}
