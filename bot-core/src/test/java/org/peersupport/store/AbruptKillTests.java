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

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Kills a JVM that writes to the durable store with SIGKILL and checks that every write
 * it had acknowledged is in the file afterwards.
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
			acknowledged.addAll(writeUntilKilled(round * 1_000_000L, killAfter[round]));
			Set<Long> stored = storedIds();
			assertThat(stored).as("ids stored after kill %d", round + 1).containsAll(acknowledged);
		}
		assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(25 + 120 + 60);
	}

	private Set<Long> writeUntilKilled(long firstId, int killAfter) throws Exception {
		Process probe = new ProcessBuilder(javaExecutable(), "-cp", System.getProperty("java.class.path"),
				DurabilityProbe.class.getName(), this.dataDir.toString(), Long.toString(firstId))
			.redirectError(ProcessBuilder.Redirect.DISCARD)
			.start();
		Set<Long> acks = ConcurrentHashMap.newKeySet();
		Thread reader = new Thread(() -> readAcks(probe, acks), "probe-reader");
		reader.start();
		try {
			await().atMost(Duration.ofSeconds(90)).until(() -> acks.size() >= killAfter || !probe.isAlive());
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

	private static void readAcks(Process probe, Set<Long> acks) {
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(probe.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = lines.readLine()) != null) {
				if (line.startsWith(DurabilityProbe.ACK)) {
					acks.add(Long.parseLong(line.substring(DurabilityProbe.ACK.length()).trim()));
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
