package city.gridline.localstack.mongo;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import org.h2.mvstore.MVStore;

import java.util.List;

/**
 * mongo-java-server's backends with the look-ups MongoDB would make by index: every collection also answers by
 * {@code _id} ({@link IdLookupIndex}), and every non-unique index the services declare is kept by its leading key
 * ({@link LeadingKeyIndex}) instead of being ignored.
 */
public final class IndexedBackends {

    private IndexedBackends() {
    }

    /** Every database in one H2 file, kept across restarts: the local stack's. */
    public static MongoBackend h2(String file) {
        return new H2Backend(file) {
            @Override
            protected MongoDatabase openOrCreateDatabase(String name) {
                return new IndexedH2Database(name, getMvStore(), getCursorRegistry());
            }
        };
    }

    /** In memory: the integration tests'. */
    public static MongoBackend memory() {
        return new MemoryBackend() {
            @Override
            public MemoryDatabase openOrCreateDatabase(String name) {
                return new IndexedMemoryDatabase(name, getCursorRegistry());
            }
        };
    }

    private static final class IndexedH2Database extends H2Database {

        IndexedH2Database(String name, MVStore store, CursorRegistry cursors) {
            super(name, store, cursors);
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            MongoCollection<Object> collection = super.openOrCreateCollection(collectionName, options);
            collection.addIndex(new IdLookupIndex<>(collection));
            return collection;
        }

        @Override
        protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                           boolean sparse) {
            return new LeadingKeyIndex<>(indexName, keys, () -> resolveCollection(collectionName, true));
        }
    }

    private static final class IndexedMemoryDatabase extends MemoryDatabase {

        IndexedMemoryDatabase(String name, CursorRegistry cursors) {
            super(name, cursors);
        }

        @Override
        protected MemoryCollection openOrCreateCollection(String collectionName, CollectionOptions options) {
            MemoryCollection collection = super.openOrCreateCollection(collectionName, options);
            collection.addIndex(new IdLookupIndex<>(collection));
            return collection;
        }

        @Override
        protected Index<Integer> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                            boolean sparse) {
            return new LeadingKeyIndex<>(indexName, keys, () -> resolveCollection(collectionName, true));
        }
    }
}
