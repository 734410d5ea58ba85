package city.gridline.localstack.mongo;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import org.h2.mvstore.MVStore;

/** mongo-java-server's backends with every collection also answering by {@code _id} ({@link IdLookupIndex}). */
public final class IdLookupBackends {

    private IdLookupBackends() {
    }

    /** Every database in one H2 file, kept across restarts: the local stack's. */
    public static MongoBackend h2(String file) {
        return new H2Backend(file) {
            @Override
            protected MongoDatabase openOrCreateDatabase(String name) {
                return new IdLookupH2Database(name, getMvStore(), getCursorRegistry());
            }
        };
    }

    /** In memory: the integration tests'. */
    public static MongoBackend memory() {
        return new MemoryBackend() {
            @Override
            public MemoryDatabase openOrCreateDatabase(String name) {
                return new MemoryDatabase(name, getCursorRegistry()) {
                    @Override
                    protected MemoryCollection openOrCreateCollection(String collectionName, CollectionOptions options) {
                        MemoryCollection collection = super.openOrCreateCollection(collectionName, options);
                        collection.addIndex(new IdLookupIndex<>(collection));
                        return collection;
                    }
                };
            }
        };
    }

    private static final class IdLookupH2Database extends H2Database {

        IdLookupH2Database(String name, MVStore store, CursorRegistry cursors) {
            super(name, store, cursors);
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            MongoCollection<Object> collection = super.openOrCreateCollection(collectionName, options);
            collection.addIndex(new IdLookupIndex<>(collection));
            return collection;
        }
    }
}
