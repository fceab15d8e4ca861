package org.peersupport.e2e;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.peersupport.BotTestApplication;
import org.peersupport.participants.Participants;
import org.peersupport.sandbox.BotMessage;
import org.peersupport.sandbox.CallbackAnswer;
import org.peersupport.sandbox.EmulatorLimits;
import org.peersupport.store.MemoryStore;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /forget}'s "Yes, erase everything" erases only once, only from the newest
 * question, only on the message it was sent on, and only until it expires; a stale press
 * is told so kindly.
 */
@SpringBootTest(classes = BotTestApplication.class,
		properties = { "peer.messaging.rate.enabled=false", "peer.conversation.confirmation-ttl=10m" })
@Import(VolunteerSignUpEndToEndTests.SteppingClock.class)
@MemoryStore
class ForgetConfirmationEndToEndTests {

	static final EmulatorFixture telegram = EmulatorFixture.start(EmulatorLimits.off());

	static final String STALE = "This button is no longer valid. Send /forget again if you want to erase your data.";

	@Autowired
	MongoOperations mongo;

	@Autowired
	Participants participants;

	@Autowired
	VolunteerSignUpEndToEndTests.MovableClock clock;

	@DynamicPropertySource
	static void pointAtEmulator(DynamicPropertyRegistry registry) {
		telegram.register(registry);
	}

	@AfterAll
	static void stopEmulator() {
		telegram.close();
	}

	@Test
	void theOldYesErasesNothingAfterNo() {
		Person person = onboarded(1601);
		person.says("/forget");
		BotMessage question = person.lastWithButton("Yes, erase everything");
		String yes = data(question, "Yes, erase everything");
		person.presses("No, keep it");
		person.sees("All right, nothing was erased.");

		person.pressesData(question.messageId(), yes);

		assertThat(this.participants.find(1601)).isPresent();
		assertThat(lastAnswer(person)).isEqualTo(STALE);
		person.sees("All right, nothing was erased.");
	}

	@Test
	void yesAfterTheConfirmationExpiredErasesNothing() {
		Person person = onboarded(1602);
		person.says("/forget");
		this.clock.advance(Duration.ofMinutes(11));

		person.presses("Yes, erase everything");

		assertThat(this.participants.find(1602)).isPresent();
		assertThat(lastAnswer(person)).isEqualTo(STALE);
		assertThat(person.lastMessage().text()).isEqualTo(STALE);
		assertThat(person.lastMessage().buttons()).isEmpty();
	}

	@Test
	void yesJustBeforeTheExpiryStillErases() {
		Person person = onboarded(1603);
		person.says("/forget");
		this.clock.advance(Duration.ofMinutes(9));

		person.presses("Yes, erase everything");

		assertThat(this.participants.find(1603)).isEmpty();
		person.sees("Done: everything we kept about you has been erased.");
	}

	@Test
	void yesPressedTwiceErasesOnce() {
		Person person = onboarded(1604);
		person.says("/forget");
		BotMessage question = person.lastWithButton("Yes, erase everything");
		String yes = data(question, "Yes, erase everything");
		person.presses("Yes, erase everything");
		assertThat(this.participants.find(1604)).isEmpty();
		OnboardingWalk.ENGLISH.complete(person, "Second Start");

		person.pressesData(question.messageId(), yes);

		assertThat(this.participants.find(1604)).isPresent();
		assertThat(this.participants.find(1604).orElseThrow().profile()).containsEntry("pseudonym", "Second Start");
		assertThat(lastAnswer(person)).isEqualTo(STALE);
	}

	@Test
	void yesFromAnOlderForgetQuestionIsRefusedAndTheNewestOneErases() {
		Person person = onboarded(1605);
		person.says("/forget");
		BotMessage older = person.lastWithButton("Yes, erase everything");
		person.says("/forget");
		BotMessage newer = person.lastWithButton("Yes, erase everything");
		assertThat(newer.messageId()).isNotEqualTo(older.messageId());

		person.pressesData(older.messageId(), data(older, "Yes, erase everything"));

		assertThat(this.participants.find(1605)).isPresent();
		assertThat(lastAnswer(person)).isEqualTo(STALE);
		assertThat(messageText(person, older.messageId())).isEqualTo(STALE);

		person.pressesData(newer.messageId(), data(newer, "Yes, erase everything"));

		assertThat(this.participants.find(1605)).isEmpty();
		assertThat(messageText(person, newer.messageId())).startsWith("Done: everything we kept about you");
	}

	@Test
	void theNewestYesPressedOnAnotherMessageIsRefused() {
		Person person = onboarded(1606);
		person.says("/mydata");
		long otherMessage = person.lastMessage().messageId();
		person.says("/forget");
		BotMessage question = person.lastWithButton("Yes, erase everything");

		person.pressesData(otherMessage, data(question, "Yes, erase everything"));

		assertThat(this.participants.find(1606)).isPresent();
		assertThat(lastAnswer(person)).isEqualTo(STALE);
		assertThat(messageText(person, otherMessage)).startsWith("📄 Everything we keep about you:");

		person.presses("Yes, erase everything");

		assertThat(this.participants.find(1606)).isEmpty();
	}

	@Test
	void theStaleAnswerSpeaksThePersonsLanguage() {
		List<String> expected = List.of(
				"Эта кнопка больше не действует. Если вы хотите удалить свои данные, отправьте /forget ещё раз.",
				"Ця кнопка вже не діє. Якщо ви хочете видалити свої дані, надішліть /forget ще раз.",
				"Ten przycisk już nie działa. Jeśli chcesz usunąć swoje dane, wyślij /forget jeszcze raz.");
		List<OnboardingWalk> walks = List.of(OnboardingWalk.RUSSIAN, OnboardingWalk.UKRAINIAN, OnboardingWalk.POLISH);
		for (int i = 0; i < walks.size(); i++) {
			OnboardingWalk walk = walks.get(i);
			Person person = new Person(telegram, this.mongo, 1610 + i, walk.telegramLanguage());
			walk.complete(person, "Fox");
			person.says("/forget");
			BotMessage question = person.lastMessage();
			this.clock.advance(Duration.ofMinutes(11));

			person.pressesData(question.messageId(), question.buttonData().get(0));

			assertThat(this.participants.find(1610 + i)).isPresent();
			assertThat(lastAnswer(person)).isEqualTo(expected.get(i));
		}
	}

	private Person onboarded(long chatId) {
		Person person = new Person(telegram, this.mongo, chatId, "en");
		OnboardingWalk.ENGLISH.complete(person, "Quiet Heron");
		assertThat(this.participants.find(chatId)).isPresent();
		return person;
	}

	private static String data(BotMessage message, String label) {
		return message.buttons()
			.stream()
			.flatMap(List::stream)
			.filter((button) -> button.text().equals(label))
			.findFirst()
			.orElseThrow()
			.data();
	}

	private static String lastAnswer(Person person) {
		List<CallbackAnswer> answers = person.users().callbackAnswers(person.chatId());
		return answers.get(answers.size() - 1).text();
	}

	private static String messageText(Person person, long messageId) {
		return person.users()
			.messages(person.chatId())
			.stream()
			.filter((message) -> message.messageId() == messageId)
			.findFirst()
			.orElseThrow()
			.text();
	}

}
