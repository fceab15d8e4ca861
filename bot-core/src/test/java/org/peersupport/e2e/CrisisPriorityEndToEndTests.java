package org.peersupport.e2e;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.peersupport.BotTestApplication;
import org.peersupport.messaging.OutboundAction;
import org.peersupport.messaging.OutboxEntry;
import org.peersupport.messaging.OutboxState;
import org.peersupport.messaging.SendPriority;
import org.peersupport.sandbox.SandboxUsers;
import org.peersupport.sandbox.SentUpdate;
import org.peersupport.store.MemoryStore;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Sends have a priority: a burst of bulk sends (check-ins, broadcasts) never delays a
 * crisis answer. Telegram's limits are on, in the bot and in the emulator.
 */
@SpringBootTest(classes = BotTestApplication.class, properties = "peer.messaging.sweep-interval=1s")
@MemoryStore
@DirtiesContext
class CrisisPriorityEndToEndTests {

	static final EmulatorFixture telegram = EmulatorFixture.start();

	static final long MODERATORS = telegram.emulator().users().createGroup("Moderators");

	static final int BULK_SENDS = 1000;

	static final long FIRST_BULK_CHAT = 50_000;

	@Autowired
	MongoOperations mongo;

	@DynamicPropertySource
	static void pointAtEmulator(DynamicPropertyRegistry registry) {
		telegram.register(registry);
		registry.add("peer.moderators.chat-id", () -> MODERATORS);
	}

	@AfterAll
	static void stopEmulator() {
		telegram.close();
	}

	@Test
	void aCrisisAlertAndTheHotlineLeaveWithinTwoSecondsWhileAThousandBulkSendsWait() {
		SandboxUsers users = telegram.emulator().users();
		// Once before the measure, so that a slow machine's first-time costs (class
		// loading, texts) are not in it.
		new Person(telegram, this.mongo, 7001, "en").says("I want to end my life");
		await().until(() -> telegram.texts(MODERATORS).size() == 1);
		for (long chat = FIRST_BULK_CHAT; chat < FIRST_BULK_CHAT + BULK_SENDS; chat++) {
			users.unblock(chat);
		}
		long sentBefore = telegram.emulator().stats().sentMessages();
		// Stored with one write, as a job would store a batch, so that on a slow machine
		// they are all queued before the first goes; the sweep picks them up.
		Instant now = Instant.now();
		this.mongo.insert(IntStream.range(0, BULK_SENDS).mapToObj((i) -> bulkSend(i, now)).toList(), OutboxEntry.class);
		await().until(() -> telegram.emulator().stats().sentMessages() > sentBefore + 30);

		SentUpdate crisis = users.sendText(7002, "honestly I want to kill myself", "en");
		await().until(() -> stored(crisis.updateId()));
		long bulkWaiting = pendingBulk();
		await().atMost(Duration.ofSeconds(2))
			.until(() -> telegram.texts(7002).size() == 1 && telegram.texts(MODERATORS).size() == 2);

		assertThat(bulkWaiting).as("bulk sends still waiting when the crisis text was accepted")
			.isGreaterThan(BULK_SENDS / 2);
		assertThat(telegram.texts(7002).get(0)).contains("112");
		assertThat(telegram.texts(MODERATORS).get(1)).startsWith("⚠️ Crisis words");
		assertThat(telegram.emulator().stats().tooManyRequests()).as("429s from the emulator").isZero();
	}

	private static OutboxEntry bulkSend(int i, Instant now) {
		return new OutboxEntry("bulk:" + i + "-0", "bulk:" + i, 0, OutboundAction.SEND_MESSAGE, FIRST_BULK_CHAT + i,
				false, "Time for your check-in", List.of(), null, null, null, null, false, OutboxState.PENDING, 0, null,
				0, null, null, now, null, SendPriority.BULK, null, OutboxEntry.SCHEMA_VERSION);
	}

	private boolean stored(long updateId) {
		return this.mongo.getCollection("inbox").countDocuments(new Document("_id", updateId)) == 1;
	}

	private long pendingBulk() {
		return this.mongo.getCollection("outbox")
			.countDocuments(new Document("state", "PENDING").append("priority", "BULK"));
	}

}
