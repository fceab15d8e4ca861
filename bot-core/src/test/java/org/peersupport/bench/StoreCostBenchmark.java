package org.peersupport.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.peersupport.sandbox.BotApiEmulator;
import org.peersupport.sandbox.EmulatorLimits;
import org.peersupport.sandbox.EmulatorSettings;

import org.springframework.data.mongodb.core.MongoOperations;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the store's own work for one message costs in CPU, measured apart from the rest of
 * the bot: the four writes each message needs (store the update, store the reply, mark
 * the reply sent, mark the update done), made through the MongoDB driver on the running
 * bot's embedded store, one at a time and in groups of 100. Run with {@code -Pbench}
 * ({@code -Dtest=StoreCostBenchmark} alone). Writes {@code target/store-cost.md}.
 */
class StoreCostBenchmark {

	private static final String TOKEN = "4242:bench-token";

	private static final int MESSAGES = Integer.getInteger("bench.store-messages", 5_000);

	private static final int GROUP = 100;

	@Test
	void storeCostPerMessage() throws Exception {
		StringBuilder out = new StringBuilder();
		out.append(
				"| store | writes | CPU µs per message: store update | store reply | mark sent | mark done | all four |\n");
		out.append("|---|---|---:|---:|---:|---:|---:|\n");
		Path scratch = Files.createDirectories(Path.of("target", "bench-data"));
		try (BotApiEmulator emulator = BotApiEmulator
			.start(EmulatorSettings.defaults(TOKEN).withLimits(EmulatorLimits.off()))) {
			for (boolean h2 : new boolean[] { false, true }) {
				// the first bot on each store warms up; only the second is reported
				for (int warm = 0; warm < 2; warm++) {
					Path dir = h2 ? Files.createTempDirectory(scratch, "cost-") : null;
					try (FullBot bot = FullBot.start(emulator, TOKEN, dir)) {
						MongoOperations mongo = bot.bean(MongoOperations.class);
						String store = h2 ? "H2" : "memory";
						String alone = measure(mongo, store, 1);
						String grouped = measure(mongo, store, GROUP);
						if (warm == 1) {
							out.append(alone).append(grouped);
						}
					}
				}
			}
		}
		String table = out.toString();
		System.out.println(table);
		Files.writeString(Path.of("target", "store-cost.md"), table);
		assertThat(table).contains("memory").contains("H2");
	}

	private static String measure(MongoOperations mongo, String store, int group) {
		// a fresh bot each time, so these collections start empty
		MongoCollection<Document> inbox = mongo.getCollection("bench_inbox_" + group);
		MongoCollection<Document> outbox = mongo.getCollection("bench_outbox_" + group);
		int batches = MESSAGES / group;
		double insertUpdate = perMessage(batches, group, (b) -> insert(inbox, b, group, StoreCostBenchmark::update));
		double insertReply = perMessage(batches, group, (b) -> insert(outbox, b, group, StoreCostBenchmark::reply));
		double markSent = perMessage(batches, group, (b) -> markSent(outbox, b, group));
		double markDone = perMessage(batches, group, (b) -> markDone(inbox, b, group));
		String writes = (group == 1) ? "one at a time" : "groups of " + group;
		return String.format(Locale.ROOT, "| %s | %s | %.1f | %.1f | %.1f | %.1f | %.1f |%n", store, writes,
				insertUpdate, insertReply, markSent, markDone, insertUpdate + insertReply + markSent + markDone);
	}

	private static double perMessage(int batches, int group, IntConsumer batch) {
		long before = processCpu();
		for (int b = 0; b < batches; b++) {
			batch.accept(b);
		}
		return (processCpu() - before) / 1e3 / ((long) batches * group);
	}

	private static void insert(MongoCollection<Document> collection, int batch, int group,
			java.util.function.LongFunction<Document> document) {
		if (group == 1) {
			collection.insertOne(document.apply(batch));
			return;
		}
		List<Document> documents = new ArrayList<>(group);
		for (int i = 0; i < group; i++) {
			documents.add(document.apply((long) batch * group + i));
		}
		collection.insertMany(documents, new InsertManyOptions().ordered(false));
	}

	private static void markSent(MongoCollection<Document> outbox, int batch, int group) {
		if (group == 1) {
			outbox.updateOne(Filters.eq("_id", "u" + batch + "-0"), sent(batch));
			return;
		}
		List<UpdateOneModel<Document>> updates = new ArrayList<>(group);
		for (int i = 0; i < group; i++) {
			long id = (long) batch * group + i;
			updates.add(new UpdateOneModel<>(Filters.eq("_id", "u" + id + "-0"), sent(id)));
		}
		outbox.bulkWrite(updates);
	}

	private static void markDone(MongoCollection<Document> inbox, int batch, int group) {
		List<Long> ids = new ArrayList<>(group);
		for (int i = 0; i < group; i++) {
			ids.add((long) batch * group + i);
		}
		inbox.updateMany((group == 1) ? Filters.eq("_id", ids.get(0)) : Filters.in("_id", ids),
				Updates.combine(Updates.set("state", "DONE"), Updates.currentDate("doneAt"), Updates.unset("event")));
	}

	private static org.bson.conversions.Bson sent(long id) {
		return Updates.combine(Updates.set("state", "SENT"), Updates.set("sentMessageId", id),
				Updates.currentDate("finishedAt"), Updates.unset("text"), Updates.unset("buttons"));
	}

	/** An inbox document shaped like the bot's: a text update with its payload. */
	private static Document update(long id) {
		Document event = new Document("updateId", id).append("kind", "TEXT")
			.append("chatId", 10_000_000L + id % 1000)
			.append("chatType", "PRIVATE")
			.append("userId", 10_000_000L + id % 1000)
			.append("messageId", id)
			.append("text", "m" + id % 10)
			.append("languageCode", "en")
			.append("receivedAt", new java.util.Date());
		return new Document("_id", id).append("chatId", 10_000_000L + id % 1000)
			.append("state", "PENDING")
			.append("event", event)
			.append("attempts", 0)
			.append("receivedAt", new java.util.Date())
			.append("schemaVersion", 1)
			.append("_class", "org.peersupport.messaging.InboxEntry");
	}

	/** An outbox document shaped like the bot's echo. */
	private static Document reply(long id) {
		return new Document("_id", "u" + id + "-0").append("origin", "u" + id)
			.append("seq", 0)
			.append("action", "SEND_MESSAGE")
			.append("chatId", 10_000_000L + id % 1000)
			.append("group", false)
			.append("text", "echo m" + id % 10)
			.append("buttons", List.of())
			.append("alert", false)
			.append("state", "PENDING")
			.append("attempts", 0)
			.append("lastErrorCode", 0)
			.append("createdAt", new java.util.Date())
			.append("schemaVersion", 1)
			.append("_class", "org.peersupport.messaging.OutboxEntry");
	}

	private static long processCpu() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

}
