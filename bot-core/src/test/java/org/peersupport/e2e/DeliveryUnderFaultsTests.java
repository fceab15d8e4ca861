package org.peersupport.e2e;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.peersupport.BotTestApplication;
import org.peersupport.messaging.Outbox;
import org.peersupport.messaging.Outgoing;
import org.peersupport.sandbox.EmulatorLimits;
import org.peersupport.sandbox.SandboxUsers;
import org.peersupport.store.MemoryStore;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(classes = BotTestApplication.class, properties = "peer.messaging.retry-initial=100ms")
@Import(DeliveryUnderFaultsTests.Echo.class)
@MemoryStore
class DeliveryUnderFaultsTests {

	// Stricter than the bot's own limiter (burst 3 at 1/s), so bursts get 429 with
	// retry_after=2.
	static final EmulatorFixture telegram = EmulatorFixture.start(new EmulatorLimits(35, 1, 0.5, 24, true));

	@Autowired
	Outbox outbox;

	@Autowired
	MongoOperations mongo;

	@DynamicPropertySource
	static void pointAtEmulator(DynamicPropertyRegistry registry) {
		telegram.register(registry);
	}

	@AfterAll
	static void stopEmulator() {
		telegram.close();
	}

	@Test
	void underRateLimitsAndServerErrorsEveryMessageArrivesOnceInOrder() {
		telegram.emulator().faults().seed(7).serverErrorRate(0.10);
		SandboxUsers users = telegram.emulator().users();
		List<Long> chats = List.of(701L, 702L, 703L, 704L);
		for (int i = 0; i < 5; i++) {
			for (long chat : chats) {
				users.sendText(chat, "m" + i, "en");
			}
		}
		List<String> expected = IntStream.range(0, 5).mapToObj((i) -> "echo m" + i).toList();
		await().atMost(Duration.ofSeconds(60))
			.until(() -> chats.stream().allMatch((chat) -> telegram.texts(chat).size() >= 5));
		telegram.emulator().faults().clear();
		for (long chat : chats) {
			assertThat(telegram.texts(chat)).as("chat %d", chat).containsExactlyElementsOf(expected);
		}
		assertThat(telegram.emulator().stats().tooManyRequests()).as("429s were provoked").isPositive();
		assertThat(telegram.emulator().stats().serverErrors()).as("5xx were injected").isPositive();
		assertThat(telegram.emulator().stats().earlyRetries()).as("requests sooner than retry_after").isZero();
	}

	@Test
	void aBlockedChatIsMarkedUnreachableAndNothingMoreIsSentThere() {
		SandboxUsers users = telegram.emulator().users();
		users.sendText(710, "hello", "en");
		await().until(() -> telegram.texts(710).size() == 1);
		telegram.emulator().faults().failNext("sendMessage", 403, "Forbidden: bot was blocked by the user", null);
		this.outbox.put("test-403", 0, new Outgoing.SendMessage(710, false, "first reminder", List.of()));
		await().until(() -> unreachable(710));
		long sendsBefore = telegram.emulator().stats().requests("sendmessage");
		this.outbox.put("test-403", 1, new Outgoing.SendMessage(710, false, "second reminder", List.of()));
		await().during(Duration.ofMillis(500))
			.until(() -> telegram.emulator().stats().requests("sendmessage") == sendsBefore);
		assertThat(telegram.texts(710)).containsExactly("echo hello");

		// The person unblocks the bot (Telegram sends my_chat_member: kicked, then
		// member).
		users.block(710);
		users.unblock(710);
		await().until(() -> !unreachable(710));
		users.sendText(710, "back again", "en");
		await().until(() -> telegram.texts(710).contains("echo back again"));
	}

	/** Whether the chat is stored as unreachable (the sender's own view of it). */
	private boolean unreachable(long chatId) {
		return this.mongo.exists(Query.query(Criteria.where("_id").is(chatId)), "unreachable_chats");
	}

	@TestConfiguration
	static class Echo {

		@Bean
		EchoConversation echoConversation() {
			return new EchoConversation();
		}

	}

}
