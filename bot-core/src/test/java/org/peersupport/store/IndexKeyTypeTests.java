package org.peersupport.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class IndexKeyTypeTests {

	@TempDir
	Path dir;

	@Test
	void ordersIndexKeysExactlyAsH2sDefaultDoes() {
		Random random = new Random(42);
		ObjectDataType plain = new ObjectDataType();
		IndexKeyType fast = new IndexKeyType();
		List<KeyValue> keys = new ArrayList<>();
		for (int i = 0; i < 400; i++) {
			keys.add(randomKey(random));
		}
		int compared = 0;
		for (KeyValue a : keys) {
			for (int j = 0; j < 20; j++) {
				KeyValue b = keys.get(random.nextInt(keys.size()));
				assertThat(Integer.signum(fast.compare(a, b))).as("%s vs %s", a, b)
					.isEqualTo(Integer.signum(plain.compare(a, b)));
				// a fresh, equal key object (as a lookup makes) compares the same way
				KeyValue copy = new KeyValue(a.iterator().next());
				assertThat(Integer.signum(fast.compare(copy, b))).isEqualTo(Integer.signum(plain.compare(copy, b)));
				compared++;
			}
		}
		assertThat(compared).isEqualTo(8000);
	}

	@Test
	void aFileWrittenWithH2sDefaultTypesIsReadAndExtendedWithTheFastOnes() {
		Path file = this.dir.resolve("store.mv.db");
		// written by the plain backend, as every data file before this key type
		withServer(file, false, (collection, store) -> {
			collection.createIndex(Indexes.ascending("ref"), new IndexOptions().unique(true));
			for (int i = 0; i < 300; i++) {
				collection.insertOne(new Document("_id", "id-" + i).append("ref", i * 7 % 300).append("n", i));
			}
			return null;
		});
		// the fast key type finds every key, refuses duplicates and keeps the order
		withServer(file, true, (collection, store) -> {
			// the indexes of an existing file are opened with the fast key type too
			List<String> indexMaps = store.getMapNames().stream().filter((name) -> name.contains("._index_")).toList();
			assertThat(indexMaps).hasSizeGreaterThanOrEqualTo(2);
			assertThat(indexMaps)
				.allSatisfy((name) -> assertThat(store.openMap(name).getKeyType()).isInstanceOf(IndexKeyType.class));
			for (int i = 0; i < 300; i++) {
				assertThat(collection.find(Filters.eq("_id", "id-" + i)).first()).isNotNull();
			}
			assertThatExceptionOfType(MongoWriteException.class)
				.isThrownBy(() -> collection.insertOne(new Document("_id", "id-17")));
			assertThatExceptionOfType(MongoWriteException.class)
				.isThrownBy(() -> collection.insertOne(new Document("_id", "other").append("ref", 5)));
			for (int i = 300; i < 400; i++) {
				collection.insertOne(new Document("_id", "id-" + i).append("ref", i).append("n", i));
			}
			return null;
		});
		// and what the fast types wrote over the old pages reads back whole after a
		// restart
		withServer(file, true, (collection, store) -> {
			String documents = store.getMapNames()
				.stream()
				.filter((name) -> name.startsWith("databases.") && name.endsWith(".things"))
				.findFirst()
				.orElseThrow();
			assertThat(store.openMap(documents).getValueType()).isInstanceOf(StoredValueType.class);
			assertThat(collection.countDocuments()).isEqualTo(400);
			for (int i = 0; i < 400; i++) {
				assertThat(collection.find(Filters.eq("_id", "id-" + i)).first()).as("id-%d", i).isNotNull();
			}
			assertThatExceptionOfType(MongoWriteException.class)
				.isThrownBy(() -> collection.insertOne(new Document("_id", "id-350")));
			List<Integer> refs = new ArrayList<>();
			collection.find().sort(Sorts.ascending("ref")).forEach((doc) -> refs.add(doc.getInteger("ref")));
			assertThat(refs).hasSize(400).isSorted();
			return null;
		});
	}

	private static <T> void withServer(Path file, boolean fast,
			BiFunction<MongoCollection<Document>, MVStore, T> work) {
		MVStore store = DataFile.open(file, null);
		H2Backend backend = fast ? DurableH2Backend.open(store) : new H2Backend(store);
		MongoServer server = new MongoServer(backend);
		try {
			String uri = "mongodb://" + hostAndPort(server.bind()) + "/";
			try (MongoClient client = MongoClients.create(uri)) {
				work.apply(client.getDatabase("test").getCollection("things"), store);
			}
		}
		finally {
			server.shutdownNow();
			if (!store.isClosed()) {
				store.close();
			}
		}
	}

	private static String hostAndPort(java.net.InetSocketAddress address) {
		return address.getHostString() + ":" + address.getPort();
	}

	private static KeyValue randomKey(Random random) {
		return switch (random.nextInt(5)) {
			case 0 -> new KeyValue("u" + random.nextInt(100_000) + "-" + random.nextInt(5));
			case 1 -> new KeyValue((long) random.nextInt(1_000_000));
			case 2 -> new KeyValue(random.nextInt(1000));
			case 3 -> new KeyValue(random.nextDouble());
			default -> new KeyValue("chat", (long) random.nextInt(50));
		};
	}

}
