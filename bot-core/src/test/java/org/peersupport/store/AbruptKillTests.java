package org.peersupport.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Kills a JVM that writes to the durable store with SIGKILL and checks that every write
 * it had acknowledged is in the file afterwards, also when the kill falls in the middle
 * of a rewrite of the file.
 */
class AbruptKillTests {

	private static final int ROUNDS = 3;

	@TempDir
	Path dataDir;

	@Test
	void everyAcknowledgedWriteSurvivesKillMinusNine() throws Exception {
		Set<Long> acknowledged = new HashSet<>();
		int[] killAfter = { 25, 120, 60 };
		for (int round = 0; round < ROUNDS; round++) {
			acknowledged.addAll(writeUntilKilled(round * 1_000_000L, killAfter[round], false));
			Set<Long> stored = storedIds();
			assertThat(stored).as("ids stored after kill %d", round + 1).containsAll(acknowledged);
		}
		assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(25 + 120 + 60);
	}

	@Test
	void everyAcknowledgedWriteSurvivesKillMinusNineInTheMiddleOfARewrite() throws Exception {
		Set<Long> acknowledged = new HashSet<>();
		int[] killAfter = { 40, 150, 90 };
		for (int round = 0; round < ROUNDS; round++) {
			acknowledged.addAll(writeUntilKilled(round * 1_000_000L, killAfter[round], true));
			Set<Long> stored = storedIds();
			assertThat(stored).as("ids stored after kill %d during a rewrite", round + 1).containsAll(acknowledged);
			assertThat(this.dataDir.resolve(StoreProperties.DATA_FILE_NAME + DataFile.REWRITE_SUFFIX))
				.as("the copy a cut-short rewrite left is removed at open")
				.doesNotExist();
		}
	}

	private Set<Long> writeUntilKilled(long firstId, int killAfter, boolean rewrite) throws Exception {
		Process probe = new ProcessBuilder(javaExecutable(), "-cp", System.getProperty("java.class.path"),
				DurabilityProbe.class.getName(), this.dataDir.toString(), Long.toString(firstId),
				rewrite ? "rewrite" : "plain")
			.redirectError(ProcessBuilder.Redirect.DISCARD)
			.start();
		Set<Long> acks = ConcurrentHashMap.newKeySet();
		AtomicInteger rewriting = new AtomicInteger();
		AtomicInteger rewrites = new AtomicInteger();
		Thread reader = new Thread(() -> readAcks(probe, acks, rewriting, rewrites), "probe-reader");
		reader.start();
		try {
			// with rewrites: only once one is under way, after at least two finished
			await().atMost(Duration.ofSeconds(90))
				.until(() -> (acks.size() >= killAfter && (!rewrite || (rewriting.get() == 1 && rewrites.get() >= 2)))
						|| !probe.isAlive());
			assertThat(probe.isAlive()).as("probe still writing").isTrue();
		}
		finally {
			probe.destroyForcibly();
			assertThat(probe.waitFor(30, TimeUnit.SECONDS)).isTrue();
			reader.join(TimeUnit.SECONDS.toMillis(30));
		}
		// every ACK line that left the process before it died counts, also those read
		// after the kill
		return acks;
	}

	private static void readAcks(Process probe, Set<Long> acks, AtomicInteger rewriting, AtomicInteger rewrites) {
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(probe.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = lines.readLine()) != null) {
				if (line.startsWith(DurabilityProbe.ACK)) {
					acks.add(Long.parseLong(line.substring(DurabilityProbe.ACK.length()).trim()));
				}
				else if (line.equals(DurabilityProbe.REWRITING)) {
					rewriting.set(1);
				}
				else if (line.equals(DurabilityProbe.REWROTE)) {
					rewriting.set(0);
					rewrites.incrementAndGet();
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Set<Long> storedIds() {
		try (EmbeddedMongo mongo = EmbeddedMongo.start(StoreProperties.h2(this.dataDir, null, "probe"));
				MongoClient client = MongoClients.create(mongo.connectionString())) {
			List<Document> documents = client.getDatabase("probe")
				.getCollection("acks")
				.find()
				.projection(new Document("_id", 1))
				.into(new java.util.ArrayList<>());
			Set<Long> ids = new HashSet<>();
			documents.forEach((document) -> ids.add(document.getLong("_id")));
			return ids;
		}
	}

	private static String javaExecutable() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

}
