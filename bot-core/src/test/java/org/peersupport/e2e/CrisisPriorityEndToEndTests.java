package org.peersupport.e2e;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.peersupport.BotTestApplication;
import org.peersupport.messaging.Outbox;
import org.peersupport.messaging.Outgoing;
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
@SpringBootTest(classes = BotTestApplication.class)
@MemoryStore
@DirtiesContext
class CrisisPriorityEndToEndTests {

	static final EmulatorFixture telegram = EmulatorFixture.start();

	static final long MODERATORS = telegram.emulator().users().createGroup("Moderators");

	static final int BULK_SENDS = 1000;

	static final long FIRST_BULK_CHAT = 50_000;

	@Autowired
	Outbox outbox;

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
		IntStream.range(0, BULK_SENDS)
			.parallel()
			.forEach((i) -> this.outbox.put("bulk:" + i, 0,
					new Outgoing.SendMessage(FIRST_BULK_CHAT + i, false, "Time for your check-in", List.of()),
					SendPriority.BULK));
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

	private boolean stored(long updateId) {
		return this.mongo.getCollection("inbox").countDocuments(new Document("_id", updateId)) == 1;
	}

	private long pendingBulk() {
		return this.mongo.getCollection("outbox")
			.countDocuments(new Document("state", "PENDING").append("priority", "BULK"));
	}

}
