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
final class IdLookupIndex<P> extends IdResolvingIndex<P> {

    static final String NAME = "_id_lookup";

    IdLookupIndex(MongoCollection<P> collection) {
        super(NAME, List.of(new IndexKey(ID, true)), () -> collection);
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

    // It keeps no entries of its own: what a document adds, changes or removes is the _id index's business.

    @Override
    public void add(Document document, P position, MongoCollection<P> collection) {
    }

    @Override
    public P remove(Document document) {
        return null;
    }

    @Override
    public void updateInPlace(Document oldDocument, Document newDocument, P position, MongoCollection<P> collection) {
    }

    @Override
    public long getCount() {
        return 0;
    }

    @Override
    public void drop() {
    }
}
