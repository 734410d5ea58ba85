package city.gridline.localstack.mongo;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;

import java.util.List;
import java.util.function.Supplier;

/**
 * An index added to mongo-java-server that finds its documents through the collection's own {@code _id} index
 * instead of keeping positions: what it answers is a set of {@code _id}s. Sparse, because the collection lets a
 * sparse index say it held no entry for a removed document; it never refuses a document.
 */
abstract class IdResolvingIndex<P> extends Index<P> {

    static final String ID = "_id";
    private static final String ID_INDEX = "_id_";

    private final Supplier<MongoCollection<P>> collection;

    IdResolvingIndex(String name, List<IndexKey> keys, Supplier<MongoCollection<P>> collection) {
        super(name, keys, true);
        this.collection = collection;
    }

    final MongoCollection<P> collection() {
        return collection.get();
    }

    /** The collection's {@code _id} index; null for a collection without {@code _id}s. */
    final Index<P> idIndex() {
        for (Index<P> index : collection().getIndexes()) {
            if (index.getName().equals(ID_INDEX)) {
                return index;
            }
        }
        return null;
    }

    @Override
    public P getPosition(Document document) {
        return null;
    }

    @Override
    public void checkAdd(Document document, MongoCollection<P> collection) {
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<P> collection) {
    }

    @Override
    public long getDataSize() {
        return 0;
    }
}
