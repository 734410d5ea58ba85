package city.gridline.localstack.mongo;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;

import java.util.List;

/**
 * Lets mongo-java-server answer a filter that names the {@code _id} and more — {@code {_id: …, version: 3}}, every
 * compare-and-set update the services make — from the {@code _id} index, as MongoDB does. The server's own unique
 * index takes only a filter of exactly its keys, so without this each such update scanned its whole collection,
 * holding the collection's lock. This index stores nothing: it finds the candidates by the {@code _id} alone through
 * the collection's {@code _id_} index, and the server still matches them against the whole filter.
 */
final class IdLookupIndex<P> extends Index<P> {

    static final String NAME = "_id_lookup";
    private static final String ID = "_id";
    private static final String ID_INDEX = "_id_";

    private final MongoCollection<P> collection;

    IdLookupIndex(MongoCollection<P> collection) {
        // Sparse: the collection lets a sparse index say it held no entry for a removed document.
        super(NAME, List.of(new IndexKey(ID, true)), true);
        this.collection = collection;
    }

    @Override
    public boolean canHandle(Document query) {
        if (query.size() < 2 || !query.containsKey(ID)) {
            return false;
        }
        Index<P> idIndex = idIndex();
        return idIndex != null && idIndex.canHandle(byId(query));
    }

    @Override
    public Iterable<P> getPositions(Document query) {
        return idIndex().getPositions(byId(query));
    }

    private static Document byId(Document query) {
        return new Document(ID, query.get(ID));
    }

    private Index<P> idIndex() {
        for (Index<P> index : collection.getIndexes()) {
            if (index.getName().equals(ID_INDEX)) {
                return index;
            }
        }
        return null;
    }

    // It keeps no entries of its own: what a document adds, changes or removes is the _id index's business.

    @Override
    public P getPosition(Document document) {
        return null;
    }

    @Override
    public void checkAdd(Document document, MongoCollection<P> collection) {
    }

    @Override
    public void add(Document document, P position, MongoCollection<P> collection) {
    }

    @Override
    public P remove(Document document) {
        return null;
    }

    @Override
    public long getCount() {
        return 0;
    }

    @Override
    public long getDataSize() {
        return 0;
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<P> collection) {
    }

    @Override
    public void updateInPlace(Document oldDocument, Document newDocument, P position, MongoCollection<P> collection) {
    }

    @Override
    public void drop() {
    }
}
