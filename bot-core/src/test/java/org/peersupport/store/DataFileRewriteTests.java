package org.peersupport.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.model.IndexOptions;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peersupport.testing.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * A removed document's bytes stay in the H2 file's old chunks until the file is
 * rewritten; the rewrite keeps every live document, index and open cursor.
 */
class DataFileRewriteTests {

	private static final String NAME = "Marker-Olena-Kovalenko-0420";

	private static final String CYRILLIC = "Маркер-Олена-Коваленко";

	private static final String CRISIS = "Marker-crisis-I-want-to-end-it-0420";

	@TempDir
	Path dataDir;

	@Test
	void aRemovedPersonStaysInTheFileUntilTheRewriteAndIsGoneAfter() {
		StoreProperties properties = StoreProperties.h2(this.dataDir, null, "rewrite");
		try (EmbeddedMongo mongo = EmbeddedMongo.start(properties);
				MongoClient client = MongoClients.create(mongo.connectionString())) {
			MongoCollection<Document> people = people(client);
			people.createIndex(new Document("chatId", 1), new IndexOptions().unique(true));
			writeOthers(people, 200);
			people.insertOne(new Document("chatId", 1_007L).append("name", NAME)
				.append("profile", new Document("alias", CYRILLIC))
				.append("texts", List.of(CRISIS)));
			people.updateOne(new Document("chatId", 1_007L), new Document("$set", new Document("state", "erasing")));
			people.deleteOne(new Document("chatId", 1_007L));

			assertThat(people.countDocuments(new Document("name", NAME))).isZero();
			assertThat(markersIn(properties.dataFile())).as("queries no longer see it, the file still holds it")
				.isNotEmpty();

			mongo.rewriteNow();

			assertThat(markersIn(properties.dataFile())).isEmpty();
			assertThat(people.countDocuments()).isEqualTo(200);
			assertThat(people.find(new Document("chatId", 42L)).first()).containsEntry("name", "keep-42");
			assertThatExceptionOfType(com.mongodb.MongoWriteException.class)
				.isThrownBy(() -> people.insertOne(new Document("chatId", 42L)));
			people.insertOne(new Document("chatId", 1_007L).append("name", "someone new"));
		}
		try (EmbeddedMongo mongo = EmbeddedMongo.start(properties);
				MongoClient client = MongoClients.create(mongo.connectionString())) {
			assertThat(people(client).countDocuments()).isEqualTo(201);
		}
		assertThat(properties.dataDir().resolve(StoreProperties.DATA_FILE_NAME + DataFile.REWRITE_SUFFIX))
			.doesNotExist();
	}

	@Test
	void anEncryptedFileIsRewrittenWithItsKey() {
		StoreProperties properties = StoreProperties.h2(this.dataDir, "a key of twenty chars", "rewrite");
		try (EmbeddedMongo mongo = EmbeddedMongo.start(properties);
				MongoClient client = MongoClients.create(mongo.connectionString())) {
			writeOthers(people(client), 50);
			people(client).deleteOne(new Document("chatId", 3L));
			mongo.rewriteNow();
			assertThat(people(client).countDocuments()).isEqualTo(49);
		}
		assertThat(RawFile.contains(properties.dataFile(), "keep-4")).isFalse();
		try (EmbeddedMongo mongo = EmbeddedMongo.start(properties);
				MongoClient client = MongoClients.create(mongo.connectionString())) {
			assertThat(people(client).countDocuments()).isEqualTo(49);
		}
	}

	@Test
	void aRemovalIsRewrittenOnceTheDelayHasPassedByTheClock() {
		MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
		StoreProperties properties = StoreProperties.h2(this.dataDir, null, "rewrite")
			.withRewrites(Duration.ofMinutes(1), Duration.ofDays(1));
		try (EmbeddedMongo mongo = EmbeddedMongo.start(properties, clock);
				MongoClient client = MongoClients.create(mongo.connectionString())) {
			MongoCollection<Document> people = people(client);
			writeOthers(people, 20);
			people.insertOne(new Document("chatId", 1_007L).append("name", NAME));
			people.deleteOne(new Document("chatId", 1_007L));

			clock.advance(Duration.ofSeconds(59));
			long seen = mongo.rewrites();
			// the schedule looks once a second: two more looks found nothing due
			await().pollDelay(Duration.ofMillis(2_500)).until(() -> true);
			assertThat(mongo.rewrites()).isEqualTo(seen);
			assertThat(RawFile.contains(properties.dataFile(), NAME)).isTrue();

			clock.advance(Duration.ofSeconds(1));
			await().atMost(Duration.ofSeconds(30)).until(() -> mongo.rewrites() > seen);
			assertThat(RawFile.contains(properties.dataFile(), NAME)).isFalse();
			assertThat(people.countDocuments()).isEqualTo(20);
		}
	}

	@Test
	void changedDocumentsAreRewrittenAfterTheIntervalOnlyIfSomethingWasWritten() {
		MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
		StoreProperties properties = StoreProperties.h2(this.dataDir, null, "rewrite")
			.withRewrites(Duration.ofMinutes(1), Duration.ofHours(1));
		try (EmbeddedMongo mongo = EmbeddedMongo.start(properties, clock);
				MongoClient client = MongoClients.create(mongo.connectionString())) {
			MongoCollection<Document> people = people(client);
			people.insertOne(new Document("chatId", 1_007L).append("text", CRISIS));
			people.updateOne(new Document("chatId", 1_007L), new Document("$unset", new Document("text", "")));
			assertThat(RawFile.contains(properties.dataFile(), CRISIS)).isTrue();

			clock.advance(Duration.ofHours(1));
			await().atMost(Duration.ofSeconds(30)).until(() -> mongo.rewrites() == 1);
			assertThat(RawFile.contains(properties.dataFile(), CRISIS)).isFalse();

			clock.advance(Duration.ofHours(2));
			await().pollDelay(Duration.ofMillis(2_500)).until(() -> true);
			assertThat(mongo.rewrites()).as("nothing written since the last rewrite").isEqualTo(1);
		}
	}

	@Test
	void anOpenCursorGoesOnAfterARewrite() {
		try (EmbeddedMongo mongo = EmbeddedMongo.start(StoreProperties.h2(this.dataDir, null, "rewrite"));
				MongoClient client = MongoClients.create(mongo.connectionString())) {
			writeOthers(people(client), 100);
			List<Long> seen = new ArrayList<>();
			try (MongoCursor<Document> cursor = people(client).find().batchSize(10).iterator()) {
				for (int i = 0; i < 15; i++) {
					seen.add(cursor.next().getLong("chatId"));
				}
				mongo.rewriteNow();
				people(client).insertOne(new Document("chatId", 1_000L));
				cursor.forEachRemaining((document) -> seen.add(document.getLong("chatId")));
			}
			assertThat(seen).hasSize(100).doesNotHaveDuplicates();
		}
	}

	@Test
	void aCopyLeftByARewriteCutShortIsRemovedAndTheFileOpensWhole() throws Exception {
		StoreProperties properties = StoreProperties.h2(this.dataDir, null, "rewrite");
		try (EmbeddedMongo mongo = EmbeddedMongo.start(properties);
				MongoClient client = MongoClients.create(mongo.connectionString())) {
			writeOthers(people(client), 30);
		}
		Path copy = properties.dataDir().resolve(StoreProperties.DATA_FILE_NAME + DataFile.REWRITE_SUFFIX);
		Files.write(copy, new byte[4096]);
		try (EmbeddedMongo mongo = EmbeddedMongo.start(properties);
				MongoClient client = MongoClients.create(mongo.connectionString())) {
			assertThat(people(client).countDocuments()).isEqualTo(30);
		}
		assertThat(copy).doesNotExist();
	}

	private static MongoCollection<Document> people(MongoClient client) {
		return client.getDatabase("rewrite").getCollection("people");
	}

	private static void writeOthers(MongoCollection<Document> people, int count) {
		for (long i = 0; i < count; i++) {
			people.insertOne(new Document("chatId", i).append("name", "keep-" + i).append("bio", "x".repeat(200)));
		}
	}

	private static List<String> markersIn(Path file) {
		return java.util.stream.Stream.of(NAME, CYRILLIC, CRISIS).filter((m) -> RawFile.contains(file, m)).toList();
	}

}
