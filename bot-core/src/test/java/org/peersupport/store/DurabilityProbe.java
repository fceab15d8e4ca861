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
 * argument on from several threads at once (so that commits are grouped), and prints
 * {@code ACK <id>} once each insert is acknowledged, until killed. With a third argument
 * {@code rewrite} it also rewrites the data file over and over, printing
 * {@code REWRITING} before and {@code REWROTE} after each.
 */
final class DurabilityProbe {

	static final String ACK = "ACK ";

	static final String REWRITING = "REWRITING";

	static final String REWROTE = "REWROTE";

	private static final int REWRITES = 10_000;

	private static final int WRITERS = 4;

	private static final long IDS_PER_WRITER = 250_000;

	private DurabilityProbe() {
	}

	public static void main(String[] args) throws InterruptedException {
		((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
		Path dataDir = Path.of(args[0]);
		long firstId = Long.parseLong(args[1]);
		boolean rewrite = args.length > 2 && args[2].equals("rewrite");
		EmbeddedMongo mongo = EmbeddedMongo.start(StoreProperties.h2(dataDir, null, "probe"));
		try (MongoClient client = MongoClients.create(mongo.connectionString())) {
			MongoCollection<Document> collection = client.getDatabase("probe").getCollection("acks");
			Thread[] writers = new Thread[WRITERS];
			for (int w = 0; w < WRITERS; w++) {
				long from = firstId + w * IDS_PER_WRITER;
				writers[w] = new Thread(() -> write(collection, from), "probe-writer-" + w);
				writers[w].start();
			}
			if (rewrite) {
				new Thread(() -> rewrite(mongo), "probe-rewriter").start();
			}
			for (Thread writer : writers) {
				writer.join();
			}
		}
		mongo.close();
	}

	private static void rewrite(EmbeddedMongo mongo) {
		for (int i = 0; i < REWRITES; i++) {
			print(REWRITING);
			mongo.rewriteNow();
			print(REWROTE);
		}
	}

	private static void print(String line) {
		synchronized (System.out) {
			System.out.println(line);
			System.out.flush();
		}
	}

	// bounded, so a probe whose parent died cannot write forever
	private static void write(MongoCollection<Document> collection, long from) {
		for (long id = from; id < from + IDS_PER_WRITER; id++) {
			collection.insertOne(new Document("_id", id).append("payload", "x".repeat(200)));
			print(ACK + id);
		}
	}

}
