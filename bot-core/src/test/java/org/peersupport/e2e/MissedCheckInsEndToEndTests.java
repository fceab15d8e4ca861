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
 * moderators get an alert with "I take it", once; an answer starts the count again.
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
	}

	/**
	 * Moves the clock to a minute after the person's next check-in, runs the job and
	 * waits for the prompt.
	 */
	private void nextPrompt(Person person) {
		Date next = schedule(person.chatId()).getDate("nextRunAt");
		assertThat(next).as("next check-in of %d", person.chatId()).isNotNull();
		this.clock.advance(Duration.between(this.clock.instant(), next.toInstant().plusSeconds(60)));
		int before = person.texts().size();
		this.due.sendDue();
		await().until(() -> person.texts().size() == before + 1);
	}

	private Document schedule(long chatId) {
		return this.mongo.getCollection("check_in_schedules").find(new Document("_id", chatId)).first();
	}

	private Alert unansweredAlert(long chatId) {
		return this.alerts.list(null, false, 100)
			.stream()
			.filter((alert) -> alert.chatId() == chatId
					&& alert.reason() == ModeratorAlerts.Reason.CHECK_INS_UNANSWERED)
			.findFirst()
			.orElseThrow();
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
