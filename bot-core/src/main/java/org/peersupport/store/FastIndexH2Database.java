package org.peersupport.store;

import java.util.List;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 database whose unique indexes compare keys with
 * {@link IndexKeyType} and whose documents, ids and index entries are written by
 * {@link StoredValueType}. Each map is opened here first, with those types; the plain
 * database then opens it by name and gets the same map (MVStore keeps one instance per
 * open map).
 */
final class FastIndexH2Database extends H2Database {

	/**
	 * The store, for the indexes the superclass's constructor opens before this class's
	 * fields are set.
	 */
	private static final ThreadLocal<MVStore> CONSTRUCTING = new ThreadLocal<>();

	private final MVStore store;

	private FastIndexH2Database(String databaseName, MVStore store, CursorRegistry cursors) {
		super(databaseName, store, cursors);
		this.store = store;
	}

	static FastIndexH2Database open(String databaseName, MVStore store, CursorRegistry cursors) {
		CONSTRUCTING.set(store);
		try {
			return new FastIndexH2Database(databaseName, store, cursors);
		}
		finally {
			CONSTRUCTING.remove();
		}
	}

	@Override
	protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
			boolean sparse) {
		// the map name the plain database uses for this index
		String mapName = getFullCollectionNamespace(collectionName) + "._index_" + indexName;
		MVStore mvStore = (this.store != null) ? this.store : CONSTRUCTING.get();
		MVMap<KeyValue, Object> map = mvStore.openMap(mapName,
				new MVMap.Builder<KeyValue, Object>().keyType(new IndexKeyType()).valueType(new StoredValueType()));
		Index<Object> index = super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
		ensureSame(mvStore, mapName, map);
		return index;
	}

	@Override
	protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
		// the map name the plain database uses for this collection's documents
		String mapName = "databases." + getFullCollectionNamespace(collectionName);
		MVStore mvStore = (this.store != null) ? this.store : CONSTRUCTING.get();
		MVMap<Object, Document> map = mvStore.openMap(mapName,
				new MVMap.Builder<Object, Document>().keyType(new StoredValueType()).valueType(new StoredValueType()));
		MongoCollection<Object> collection = super.openOrCreateCollection(collectionName, options);
		ensureSame(mvStore, mapName, map);
		return collection;
	}

	private static void ensureSame(MVStore store, String mapName, MVMap<?, ?> map) {
		if ((Object) store.openMap(mapName) != map) {
			throw new IllegalStateException("Map " + mapName + " was not opened with the compact types");
		}
	}

}
