package org.peersupport.e2e;

import java.time.Duration;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.peersupport.BotTestApplication;
import org.peersupport.checkins.DueCheckIns;
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
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The missed-check-in ladder through the emulator on a stepping clock (the job run by
 * hand): after three unanswered prompts the fourth is a gentle follow-up, after five the
 * moderators get an alert with "I take it", once; an answer starts the count again. A
 * person who blocked the bot (a 403, or Telegram's block update) is not prompted and not
 * counted until they write again.
 */
@SpringBootTest(classes = BotTestApplication.class,
		properties = { "peer.messaging.rate.enabled=false", "peer.moderators.locale=en" })
@Import(VolunteerSignUpEndToEndTests.SteppingClock.class)
@MemoryStore
class MissedCheckInsEndToEndTests {

	static final EmulatorFixture telegram = EmulatorFixture.start(EmulatorLimits.off());

	static final long MODERATOR = 1000;

	static final long MODERATORS = telegram.emulator().users().createGroup("Moderators");

	static final String PROMPT = "How are you today?";

	static final String FOLLOW_UP = "There has been no answer to the check-ins for a while, and that is all right.";

	@Autowired
	MongoOperations mongo;

	@Autowired
	DueCheckIns due;

	@Autowired
	Alerts alerts;

	@Autowired
	PersonRefs refs;

	@Autowired
	VolunteerSignUpEndToEndTests.MovableClock clock;

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
	void aFollowUpAfterThreeUnansweredAnAlertTakenInTheModeratorsChatAfterFiveAndAnAnswerStartsAgain() {
		Person person = new Person(telegram, this.mongo, 1901, "en");
		OnboardingWalk.ENGLISH.complete(person, "Slow Otter");
		String ref = this.refs.of(1901);

		for (int i = 0; i < 3; i++) {
			nextPrompt(person);
			person.sees(PROMPT);
		}
		nextPrompt(person);
		person.sees(FOLLOW_UP);
		assertThat(person.lastMessage().text()).contains("/checkins");
		assertThat(person.lastButtons()).containsExactly("1 😞", "2 🙁", "3 😐", "4 🙂", "5 😊");
		nextPrompt(person);
		person.sees(PROMPT);
		assertThat(moderatorsMessagesAbout(ref)).isEmpty();

		nextPrompt(person);
		person.sees(PROMPT);
		BotMessage alertMessage = await().until(() -> moderatorsMessagesAbout(ref), (found) -> found.size() == 1)
			.get(0);
		Alert alert = unansweredAlert(1901);
		assertThat(alertMessage.text()).startsWith("📭 " + ref + " (programme: ")
			.contains("check-ins in a row without an answer: 5.")
			.doesNotContain("Slow Otter");
		assertThat(alertMessage.buttonData()).containsExactly("al:" + alert.id());
		assertThat(alert.status()).isEqualTo(AlertStatus.OPEN);

		int before = person.texts().size();
		telegram.emulator().users().press(MODERATOR, MODERATORS, alertMessage.messageId(), "al:" + alert.id());
		await().untilAsserted(() -> {
			assertThat(unansweredAlert(1901).takenBy()).isEqualTo("telegram:" + MODERATOR);
			BotMessage edited = moderatorsMessageWithId(alertMessage.messageId());
			assertThat(edited.text()).startsWith("✅ The alert about " + ref);
			assertThat(edited.buttons()).isEmpty();
		});
		// The person is not told of it: no message of theirs was seen.
		assertThat(person.texts()).hasSize(before);

		nextPrompt(person);
		nextPrompt(person);
		assertThat(person.texts()).filteredOn((text) -> text.startsWith(FOLLOW_UP)).hasSize(1);
		assertThat(moderatorsMessagesAbout(ref)).hasSize(1);

		person.presses("3 😐");
		person.sees("Thank you for telling me.");
		for (int i = 0; i < 3; i++) {
			nextPrompt(person);
			person.sees(PROMPT);
		}
		nextPrompt(person);
		person.sees(FOLLOW_UP);
		assertThat(person.texts()).filteredOn((text) -> text.startsWith(FOLLOW_UP)).hasSize(2);

		person.says("/mydata");
		assertThat(person.lastText())
			.contains("Times our team was told that many check-ins in a row stayed unanswered: 1.")
			.doesNotContain("Our team knows that you would like help from a person.");
	}

	@Test
	void aChatKnownAsUnreachableBeforeItsScheduleWasHeldIsHeldAtItsNextPrompt() {
		Person person = new Person(telegram, this.mongo, 1904, "en");
		OnboardingWalk.ENGLISH.complete(person, "Grey Wren");
		// Blocked before check-ins listened (stored by an older version): the chat is
		// unreachable, the schedule not held.
		Date next = schedule(1904).getDate("nextRunAt");
		settle(telegram.emulator().users().block(1904).updateId());
		this.mongo.getCollection("check_in_schedules")
			.updateOne(new Document("_id", 1904L),
					new Document("$set", new Document("blocked", false).append("nextRunAt", next)));
		long stored = prompts(1904);

		toNextCheckIn(person);
		this.due.sendDue();

		// The job may move the schedule after the block; its next run holds it.
		await().until(() -> schedule(1904).getBoolean("blocked", false));
		for (int week = 0; week < 8; week++) {
			this.clock.advance(Duration.ofDays(7));
			this.due.sendDue();
		}
		assertThat(prompts(1904)).as("the one dropped, then none").isEqualTo(stored + 1);
		assertThat(unansweredAlerts(1904)).isEmpty();
		person.says("/checkins");
		person.sees("I ask how you are at");
		assertThat(schedule(1904).getBoolean("blocked")).isFalse();
	}

	@Test
	void aPersonWhoBlockedTheBotIsNotPromptedNorCountedUntilTheyWriteAgain() {
		Person person = new Person(telegram, this.mongo, 1902, "en");
		OnboardingWalk.ENGLISH.complete(person, "Blue Finch");
		nextPrompt(person);
		person.sees(PROMPT);

		// Telegram answers the next prompt with 403: the person blocked the bot.
		telegram.emulator().faults().failNext("sendMessage", 403, "Forbidden: bot was blocked by the user", null);
		toNextCheckIn(person);
		this.due.sendDue();
		// The job may move the schedule after the block; its next run holds it.
		await().until(() -> schedule(1902).getBoolean("blocked", false));
		long stored = prompts(1902);

		for (int week = 0; week < 8; week++) {
			this.clock.advance(Duration.ofDays(7));
			this.due.sendDue();
		}
		assertThat(prompts(1902)).as("no prompt while blocked").isEqualTo(stored);
		assertThat(unansweredAlerts(1902)).isEmpty();
		assertThat(this.mongo.getCollection("unreachable_chats").countDocuments(new Document("_id", 1902L))).isOne();

		// They write again (no unblock update comes: the 403 alone told the bot).
		person.says("/checkins");
		person.sees("I ask how you are at");
		Document schedule = schedule(1902);
		assertThat(schedule.getBoolean("blocked")).isFalse();
		assertThat(schedule.getInteger("unanswered")).isZero();
		assertThat(schedule.getDate("nextRunAt").toInstant()).isAfter(this.clock.instant());
		nextPrompt(person);
		person.sees(PROMPT);
	}

	@Test
	void blockingInTelegramHoldsTheCheckInsAndUnblockingByWritingStartsThemAgain() {
		Person person = new Person(telegram, this.mongo, 1903, "en");
		OnboardingWalk.ENGLISH.complete(person, "Red Kite");
		nextPrompt(person);

		settle(telegram.emulator().users().block(1903).updateId());
		assertThat(schedule(1903).getBoolean("blocked")).isTrue();
		assertThat(schedule(1903).get("nextRunAt")).isNull();
		for (int week = 0; week < 8; week++) {
			this.clock.advance(Duration.ofDays(7));
			this.due.sendDue();
		}
		assertThat(unansweredAlerts(1903)).isEmpty();

		// Writing unblocks the bot (Telegram's my_chat_member update comes first).
		person.says("/checkins");
		person.sees("I ask how you are at");
		assertThat(schedule(1903).getBoolean("blocked")).isFalse();
		nextPrompt(person);
		person.sees(PROMPT);
	}

	/**
	 * Moves the clock to a minute after the person's next check-in, runs the job and
	 * waits for the prompt.
	 */
	private void nextPrompt(Person person) {
		int before = person.texts().size();
		toNextCheckIn(person);
		this.due.sendDue();
		await().until(() -> person.texts().size() == before + 1);
	}

	private void toNextCheckIn(Person person) {
		Date next = schedule(person.chatId()).getDate("nextRunAt");
		assertThat(next).as("next check-in of %d", person.chatId()).isNotNull();
		this.clock.advance(Duration.between(this.clock.instant(), next.toInstant().plusSeconds(60)));
	}

	/** How many prompts were stored for the chat. */
	private long prompts(long chatId) {
		return this.mongo.getCollection("outbox")
			.countDocuments(new Document("chatId", chatId).append("origin",
					new Document("$regex", "^checkin:" + chatId + ":")));
	}

	private void settle(long updateId) {
		await().until(() -> {
			Document entry = this.mongo.getCollection("inbox").find(new Document("_id", updateId)).first();
			return entry != null && "DONE".equals(entry.getString("state"));
		});
	}

	private List<Alert> unansweredAlerts(long chatId) {
		return this.alerts.list(null, false, 100)
			.stream()
			.filter((alert) -> alert.chatId() == chatId
					&& alert.reason() == ModeratorAlerts.Reason.CHECK_INS_UNANSWERED)
			.toList();
	}

	private Document schedule(long chatId) {
		return this.mongo.getCollection("check_in_schedules").find(new Document("_id", chatId)).first();
	}

	private Alert unansweredAlert(long chatId) {
		return unansweredAlerts(chatId).stream().findFirst().orElseThrow();
	}

	private static List<BotMessage> moderatorsMessagesAbout(String ref) {
		return telegram.emulator()
			.users()
			.messages(MODERATORS)
			.stream()
			.filter((message) -> message.text() != null && message.text().contains(ref))
			.toList();
	}

	private static BotMessage moderatorsMessageWithId(long messageId) {
		return telegram.emulator()
			.users()
			.messages(MODERATORS)
			.stream()
			.filter((message) -> message.messageId() == messageId)
			.findFirst()
			.orElseThrow();
	}

}
