package org.peersupport.store;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import org.bson.Document;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * When the embedded store's writes reach the disk, and what a power cut leaves: every
 * write is committed to the file before its reply (a killed process loses nothing, see
 * {@link AbruptKillTests}); syncs are grouped, except for writes that ask for the journal
 * and removals.
 */
class StoreSyncTests {

	private static final int BLOCK = 4096;

	/** The two copies of the store header, which MVStore rewrites in place by design. */
	private static final int HEADER = 2 * BLOCK;

	private static final Pattern BLOCK_FIELD = Pattern.compile("(?:^|,)block:([0-9a-f]+)");

	private static final Pattern CHUNK_FIELD = Pattern.compile("(?:^|,)chunk:([0-9a-f]+)");

	private static final Pattern LEN_FIELD = Pattern.compile("(?:^|,)len:([0-9a-f]+)");

	@TempDir
	Path dir;

	@Test
	void aWriteThatAsksForTheJournalAndARemovalAreOnTheDiskBeforeTheirReplyOthersWait() {
		Path file = this.dir.resolve("store.mv.db");
		PowerCutFiles.Disk disk = new PowerCutFiles.Disk(file);
		withServer(file, disk, Duration.ofHours(1), (things) -> {
			things.insertOne(new Document("_id", "warm-up"));
			int before = disk.syncs();

			things.insertOne(new Document("_id", "plain"));
			assertThat(disk.syncs()).as("a plain write waits for the next sync").isEqualTo(before);

			things.withWriteConcern(WriteConcern.JOURNALED).insertOne(new Document("_id", "journaled"));
			assertThat(disk.syncs()).as("j: true is synced before the reply").isEqualTo(before + 1);

			things.deleteOne(Filters.eq("_id", "plain"));
			assertThat(disk.syncs()).as("a removal is synced before the reply").isEqualTo(before + 2);
		});
	}

	@Test
	void aPlainWriteIsOnTheDiskWithinTheSyncInterval() {
		Path file = this.dir.resolve("store.mv.db");
		PowerCutFiles.Disk disk = new PowerCutFiles.Disk(file);
		withServer(file, disk, Duration.ofMillis(50), (things) -> {
			things.withWriteConcern(WriteConcern.JOURNALED).insertOne(new Document("_id", "first"));
			int before = disk.syncs();

			things.insertOne(new Document("_id", "second"));

			await().atMost(Duration.ofSeconds(10)).until(() -> disk.syncs() > before);
		});
	}

	@Test
	void nothingWrittenAfterASyncLandsInTheSpaceTheSyncedStateUses() throws Exception {
		Path file = this.dir.resolve("store.mv.db");
		PowerCutFiles.Disk disk = new PowerCutFiles.Disk(file);
		withServer(file, disk, Duration.ofHours(1), (things) -> {
			for (int i = 0; i < 300; i++) {
				things.withWriteConcern(WriteConcern.JOURNALED)
					.insertOne(new Document("_id", "id-" + i).append("text", "synced " + i));
			}
			// Each update replaces pages and leaves earlier chunks dead; with the
			// retention time at 0 their space would be reused at once.
			for (int round = 0; round < 5; round++) {
				for (int i = 0; i < 300; i++) {
					things.replaceOne(Filters.eq("_id", "id-" + i),
							new Document("text", "changed " + round + " " + "x".repeat(i % 50)));
				}
			}
		});
		// the writes after the last sync, before close synced them again, are gone with
		// the server; what was recorded is the state at the cut
		List<long[]> writes = new ArrayList<>(disk.lastCut());
		byte[] synced = disk.lastCutImage();
		assertThat(writes).hasSizeGreaterThan(100);

		Path image = this.dir.resolve("at-the-cut.mv.db");
		Files.write(image, synced);
		List<long[]> live = liveChunks(image);
		assertThat(live).isNotEmpty();
		List<long[]> overlapping = writes.stream()
			.filter((write) -> write[0] + write[1] > HEADER)
			.filter((write) -> live.stream().anyMatch((chunk) -> overlaps(write, chunk)))
			.toList();
		assertThat(overlapping).as("writes into chunks the synced state still uses").isEmpty();
		try (MVStore store = new MVStore.Builder().fileName(image.toString()).readOnly().open()) {
			String things = store.getMapNames()
				.stream()
				.filter((name) -> name.startsWith("databases.") && name.endsWith(".things"))
				.findFirst()
				.orElseThrow();
			assertThat(store.openMap(things).size()).isEqualTo(300);
		}
	}

	private static boolean overlaps(long[] write, long[] chunk) {
		return write[0] < chunk[1] && chunk[0] < write[0] + write[1];
	}

	/**
	 * Start and end (bytes) of each chunk that a page of the file's newest version is in
	 * (every map's pages, the meta map's, and the newest chunk, which holds the layout).
	 */
	private static List<long[]> liveChunks(Path image) throws IOException {
		Set<Integer> used = new HashSet<>();
		List<long[]> chunks = new ArrayList<>();
		try (MVStore store = new MVStore.Builder().fileName(image.toString()).readOnly().open()) {
			collect(store.getMetaMap().getRootPage(), used);
			for (String name : store.getMapNames()) {
				collect(store
					.openMap(name,
							new MVMap.Builder<Object, Object>().keyType(new StoredValueType())
								.valueType(new StoredValueType()))
					.getRootPage(), used);
			}
			Map<Integer, long[]> all = new HashMap<>();
			for (Map.Entry<String, String> entry : store.getLayoutMap().entrySet()) {
				if (!entry.getKey().startsWith("chunk.")) {
					continue;
				}
				int id = Integer.parseInt(entry.getKey().substring("chunk.".length()), 16);
				long block = hexField(BLOCK_FIELD, entry.getValue());
				long length = hexField(LEN_FIELD, entry.getValue());
				all.put(id, new long[] { block * BLOCK, (block + length) * BLOCK });
			}
			// the newest chunks are not in the layout yet: found by their headers
			byte[] bytes = Files.readAllBytes(image);
			for (int block = 2; (block + 1) * BLOCK <= bytes.length; block++) {
				String header = new String(bytes, block * BLOCK, 128, StandardCharsets.ISO_8859_1);
				if (header.startsWith("chunk:")) {
					all.putIfAbsent(hexField(CHUNK_FIELD, header).intValue(),
							new long[] { (long) block * BLOCK, (block + hexField(LEN_FIELD, header)) * BLOCK });
				}
			}
			Set<Integer> missing = new HashSet<>(used);
			missing.removeAll(all.keySet());
			assertThat(missing).as("chunks not found").isEmpty();
			used.forEach((id) -> chunks.add(all.get(id)));
		}
		return chunks;
	}

	private static void collect(Page<?, ?> page, Set<Integer> chunks) {
		if (page.getPos() != 0) {
			chunks.add(DataUtils.getPageChunkId(page.getPos()));
		}
		if (!page.isLeaf()) {
			for (int i = 0; i < page.getRawChildPageCount(); i++) {
				collect(page.getChildPage(i), chunks);
			}
		}
	}

	private static Long hexField(Pattern field, String chunk) {
		Matcher matcher = field.matcher(chunk);
		assertThat(matcher.find()).as("%s in %s", field, chunk).isTrue();
		return Long.parseLong(matcher.group(1), 16);
	}

	private static void withServer(Path file, PowerCutFiles.Disk disk, Duration syncInterval,
			Consumer<MongoCollection<Document>> work) {
		// as DataFile.open, on a file that records what reaches the disk
		MVStore store = new MVStore.Builder().fileName(PowerCutFiles.watch(file, disk)).autoCommitDisabled().open();
		store.setRetentionTime(0);
		DurableH2Backend backend = DurableH2Backend.open(store, new CursorRegistry(), () -> {
		}, syncInterval);
		MongoServer server = new MongoServer(backend);
		try {
			InetSocketAddress address = server.bind();
			String uri = "mongodb://" + address.getHostString() + ":" + address.getPort() + "/";
			try (MongoClient client = MongoClients.create(uri)) {
				work.accept(client.getDatabase("test").getCollection("things"));
				disk.cut();
			}
		}
		finally {
			server.shutdownNow();
		}
	}

}
