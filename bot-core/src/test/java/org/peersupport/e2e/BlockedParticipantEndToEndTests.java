package org.peersupport.e2e;

import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.peersupport.BotTestApplication;
import org.peersupport.messaging.Outbox;
import org.peersupport.messaging.Outgoing;
import org.peersupport.participants.PersonRefs;
import org.peersupport.safety.Alert;
import org.peersupport.safety.AlertStatus;
import org.peersupport.safety.Alerts;
import org.peersupport.safety.ModeratorAlerts;
import org.peersupport.sandbox.BotMessage;
import org.peersupport.sandbox.EmulatorLimits;
import org.peersupport.store.MemoryStore;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A participant who blocked the bot (Telegram answers a send with 403) is flagged to the
 * moderators once, in the panel's alerts and the moderators' chat: not again while the
 * bot still cannot reach them, however many sends are dropped, and again only after they
 * wrote to the bot and blocked it once more.
 */
@SpringBootTest(classes = BotTestApplication.class,
		properties = { "peer.messaging.rate.enabled=false", "peer.moderators.locale=en" })
@MemoryStore
class BlockedParticipantEndToEndTests {

	static final EmulatorFixture telegram = EmulatorFixture.start(EmulatorLimits.off());

	static final long MODERATOR = 1000;

	static final long MODERATORS = telegram.emulator().users().createGroup("Moderators");

	static final String BLOCKED = "Forbidden: bot was blocked by the user";

	@Autowired
	MongoOperations mongo;

	@Autowired
	Alerts alerts;

	@Autowired
	Outbox outbox;

	@Autowired
	PersonRefs refs;

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
	void aBlockingIsFlaggedOnceNotAgainWhileBlockedAndAgainAfterAnUnblockAndANewBlock() {
		Person person = new Person(telegram, this.mongo, 2101, "en");
		OnboardingWalk.ENGLISH.complete(person, "Quiet Heron");
		String ref = this.refs.of(2101);
		assertThat(blockedAlerts(2101)).isEmpty();

		// Telegram answers the reply with 403: the person blocked the bot.
		telegram.emulator().faults().failNext("sendMessage", 403, BLOCKED, null);
		person.says("/checkins");
		BotMessage flagged = await().until(() -> moderatorsMessagesAbout(ref), (found) -> found.size() == 1).get(0);
		assertThat(flagged.text()).startsWith("🚫 " + ref + " (programme: ")
			.contains("blocked the bot")
			.doesNotContain("Quiet Heron")
			.doesNotContain("2101");
		Alert alert = blockedAlerts(2101).get(0);
		assertThat(alert.status()).isEqualTo(AlertStatus.OPEN);
		assertThat(alert.personRef()).isEqualTo(ref);
		assertThat(flagged.buttonData()).containsExactly("al:" + alert.id());

		// More sends to the person are dropped, each telling again that the chat is
		// blocked, and Telegram's own block update comes: no second flag.
		for (int i = 0; i < 3; i++) {
			String entry = this.outbox
				.put("test-dropped:" + i, 0, new Outgoing.SendMessage(2101, false, "hello", List.of()))
				.entryId();
			await().until(() -> !"PENDING".equals(outboxState(entry)));
			assertThat(outboxState(entry)).isEqualTo("CANCELLED");
		}
		settle(telegram.emulator().users().block(2101).updateId());
		assertThat(moderatorsMessagesAbout(ref)).hasSize(1);
		assertThat(blockedAlerts(2101)).singleElement().satisfies((kept) -> assertThat(kept.count()).isOne());

		// A moderator takes it in the moderators' chat and closes it in the panel.
		telegram.emulator().users().press(MODERATOR, MODERATORS, flagged.messageId(), "al:" + alert.id());
		await().until(() -> blockedAlerts(2101).get(0).takenBy() != null);
		assertThat(this.alerts.close(alert.id(), "staff-1")).isTrue();

		// They write again (unblocked), then block the bot once more: flagged again.
		person.says("/checkins");
		person.sees("I ask how you are at");
		assertThat(moderatorsMessagesAbout(ref)).hasSize(1);
		telegram.emulator().faults().failNext("sendMessage", 403, BLOCKED, null);
		person.says("/checkins");
		await().until(() -> moderatorsMessagesAbout(ref), (found) -> found.size() == 2);
		List<Alert> both = blockedAlerts(2101);
		assertThat(both).hasSize(2);
		assertThat(both).filteredOn((kept) -> kept.status() == AlertStatus.OPEN).hasSize(1);
		assertThat(both).filteredOn((kept) -> kept.status() == AlertStatus.DONE).hasSize(1);
	}

	@Test
	void aVolunteerOrStrangerWhoBlocksTheBotIsNotFlaggedAsAParticipant() {
		telegram.emulator().faults().failNext("sendMessage", 403, BLOCKED, null);
		new Person(telegram, this.mongo, 2102, "en").says("/start");
		await()
			.until(() -> this.mongo.getCollection("unreachable_chats").countDocuments(new Document("_id", 2102L)) == 1);
		assertThat(blockedAlerts(2102)).isEmpty();
	}

	private String outboxState(String entryId) {
		Document entry = this.mongo.getCollection("outbox").find(new Document("_id", entryId)).first();
		return (entry != null) ? entry.getString("state") : null;
	}

	private void settle(long updateId) {
		await().until(() -> {
			Document entry = this.mongo.getCollection("inbox").find(new Document("_id", updateId)).first();
			return entry != null && "DONE".equals(entry.getString("state"));
		});
	}

	private List<Alert> blockedAlerts(long chatId) {
		return this.alerts.list(null, false, 100)
			.stream()
			.filter((alert) -> alert.chatId() == chatId && alert.reason() == ModeratorAlerts.Reason.PARTICIPANT_BLOCKED)
			.toList();
	}

	private static List<BotMessage> moderatorsMessagesAbout(String ref) {
		return telegram.emulator()
			.users()
			.messages(MODERATORS)
			.stream()
			.filter((message) -> message.text() != null && message.text().contains(ref))
			.toList();
	}

}
