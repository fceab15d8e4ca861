package org.peersupport.store;

import java.nio.file.Path;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.slf4j.LoggerFactory;

/**
 * Run in a child JVM by {@link AbruptKillTests}: starts the durable embedded store in the
 * directory given as the first argument, inserts documents with ids from the second
 * argument on, and prints {@code ACK <id>} once each insert is acknowledged, until
 * killed.
 */
final class DurabilityProbe {

	static final String ACK = "ACK ";

	private DurabilityProbe() {
	}

	public static void main(String[] args) {
		((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
		Path dataDir = Path.of(args[0]);
		long firstId = Long.parseLong(args[1]);
		EmbeddedMongo mongo = EmbeddedMongo.start(StoreProperties.h2(dataDir, null, "probe"));
		try (MongoClient client = MongoClients.create(mongo.connectionString())) {
			MongoCollection<Document> collection = client.getDatabase("probe").getCollection("acks");
			// bounded, so a probe whose parent died cannot write forever
			for (long id = firstId; id < firstId + 1_000_000; id++) {
				collection.insertOne(new Document("_id", id).append("payload", "x".repeat(200)));
				System.out.println(ACK + id);
				System.out.flush();
			}
		}
		mongo.close();
	}

}
