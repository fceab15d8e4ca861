package org.peersupport.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data file grows with the data it holds, not with the number of commits: every write
 * is committed and synced on its own, and each commit used to leave a chunk of about 20
 * KB that MVStore kept for its retention time and never gave back (about 1 GB after
 * 10,000 messages).
 */
class DataFileGrowthTests {

	private static final int MESSAGES = 1_250;

	/**
	 * 5,000 writes of small documents (1,250 messages) make a file of a few MB; before
	 * the fix, about 125 MB (3,000 messages made 300 MB).
	 */
	private static final long BOUND = 16L << 20;

	@TempDir
	Path dataDir;

	@Test
	void theFileStaysSmallAfterManyWritesAndAfterARestart() throws IOException {
		StoreProperties properties = StoreProperties.h2(this.dataDir, null, "growth");
		Path file = properties.dataFile();
		try (EmbeddedMongo mongo = EmbeddedMongo.start(properties)) {
			writeLikeTheUpdatePath(mongo, 0);
		}
		long afterFirst = Files.size(file);
		assertThat(afterFirst).as("file after %d writes", MESSAGES * 4).isLessThan(BOUND);

		try (EmbeddedMongo mongo = EmbeddedMongo.start(properties);
				MongoClient client = MongoClients.create(mongo.connectionString())) {
			MongoCollection<Document> inbox = client.getDatabase("growth").getCollection("inbox");
			assertThat(inbox.countDocuments(Filters.eq("state", "DONE"))).isEqualTo(MESSAGES);
			// the retention job forgets handled ids; the next writes reuse their space
			inbox.deleteMany(new Document());
			client.getDatabase("growth").getCollection("outbox").deleteMany(new Document());
			writeLikeTheUpdatePath(mongo, MESSAGES);
		}
		assertThat(Files.size(file)).as("file after a restart and %d more writes", MESSAGES * 4).isLessThan(BOUND);

		try (EmbeddedMongo mongo = EmbeddedMongo.start(properties);
				MongoClient client = MongoClients.create(mongo.connectionString())) {
			assertThat(client.getDatabase("growth").getCollection("inbox").countDocuments()).isEqualTo(MESSAGES);
		}
	}

	/**
	 * Per message: the update stored, its reply stored, the reply marked sent (text
	 * removed), the update marked done (payload removed); each write its own commit.
	 */
	private static void writeLikeTheUpdatePath(EmbeddedMongo mongo, long firstId) {
		try (MongoClient client = MongoClients.create(mongo.connectionString())) {
			MongoCollection<Document> inbox = client.getDatabase("growth").getCollection("inbox");
			MongoCollection<Document> outbox = client.getDatabase("growth").getCollection("outbox");
			for (long id = firstId; id < firstId + MESSAGES; id++) {
				String replyId = "u" + id + "-0";
				inbox.insertOne(new Document("_id", id).append("chatId", id % 100)
					.append("state", "PENDING")
					.append("event", new Document("text", "message " + id).append("languageCode", "en")));
				outbox.insertOne(new Document("_id", replyId).append("chatId", id % 100)
					.append("state", "PENDING")
					.append("text", "reply to message " + id));
				outbox.updateOne(Filters.eq("_id", replyId),
						Updates.combine(Updates.set("state", "SENT"), Updates.unset("text")));
				inbox.updateOne(Filters.eq("_id", id),
						Updates.combine(Updates.set("state", "DONE"), Updates.unset("event")));
			}
		}
	}

}
