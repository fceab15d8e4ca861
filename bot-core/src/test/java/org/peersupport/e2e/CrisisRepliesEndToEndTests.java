package org.peersupport.e2e;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.peersupport.BotTestApplication;
import org.peersupport.conversation.ConversationStatus;
import org.peersupport.conversation.Conversations;
import org.peersupport.messaging.InboundInterceptor;
import org.peersupport.messaging.Screening;
import org.peersupport.safety.Alert;
import org.peersupport.safety.Alerts;
import org.peersupport.safety.ModeratorAlerts;
import org.peersupport.sandbox.EmulatorLimits;
import org.peersupport.store.MemoryStore;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The answer to crisis words, through the emulator: by kind, in the language the person
 * chose (from their first choice on), with the programme's own lines of that language
 * only, plain for a plain-language programme, saying the team was told because the alert
 * is kept for the panel (no moderators' chat here), and with no question after it: the
 * conversation waits until the person sends /start.
 */
@SpringBootTest(classes = BotTestApplication.class, properties = { "peer.messaging.rate.enabled=false",
		"peer.programmes[0].key=recovery", "peer.programmes[0].name.en=Recovery programme",
		"peer.programmes[0].name.ru=Программа восстановления", "peer.programmes[0].name.uk=Програма відновлення",
		"peer.programmes[0].name.pl=Program zdrowienia", "peer.programmes[0].support-lines.ru=8 800 100-10-10",
		"peer.programmes[0].support-lines.en=0800 100 1010", "peer.programmes[0].violence-lines.ru=8 800 700-06-00",
		"peer.programmes[0].violence-lines.en=0800 700 0600", "peer.programmes[1].key=english-only",
		"peer.programmes[1].name.en=English-only programme", "peer.programmes[1].name.ru=Программа с английской линией",
		"peer.programmes[1].name.uk=Програма з англійською лінією",
		"peer.programmes[1].name.pl=Program z angielską linią", "peer.programmes[1].support-lines.en=+1 555 0100",
		"peer.programmes[2].key=circles", "peer.programmes[2].name.en=Circles of support",
		"peer.programmes[2].name.ru=Круги поддержки", "peer.programmes[2].name.uk=Кола підтримки",
		"peer.programmes[2].name.pl=Kręgi wsparcia", "peer.programmes[2].plain-language=true",
		"peer.programmes[2].support-lines.en=0800 200 2020" })
@MemoryStore
@Import(CrisisRepliesEndToEndTests.FailingHandlerConfiguration.class)
class CrisisRepliesEndToEndTests {

	static final String FAILING_TEXT = "please fail on this one";

	static final EmulatorFixture telegram = EmulatorFixture.start(EmulatorLimits.off());

	@Autowired
	MongoOperations mongo;

	@Autowired
	Conversations conversations;

	@Autowired
	Alerts alerts;

	@DynamicPropertySource
	static void pointAtEmulator(DynamicPropertyRegistry registry) {
		telegram.register(registry);
	}

	@AfterAll
	static void stopEmulator() {
		telegram.close();
	}

	@Test
	void violenceInAnyWordOrderBeforeConsentIsAnsweredInTheChosenLanguageAndNoQuestionFollows() {
		Person person = new Person(telegram, this.mongo, 7101, "en");
		person.says("/start").presses("Русский");
		person.sees("Прежде чем мы начнём");
		int before = person.texts().size();

		person.says("он меня бьёт каждый день, я боюсь");

		List<String> answer = person.texts().subList(before, person.texts().size());
		assertThat(answer).hasSize(2);
		assertThat(answer.get(0)).startsWith("Мне очень жаль, что с вами так поступают.")
			.contains("Вы ни в чём не виноваты")
			.contains("112")
			.contains("8 800 700-06-00")
			.contains("8 800 100-10-10")
			.contains("наша команда об этом знает")
			.doesNotContain("0800")
			.doesNotContainPattern("[A-Za-z]{3,}");
		assertThat(answer.get(1)).startsWith("Оставим пока вопросы.").contains("/start");
		assertThat(this.conversations.find(7101).orElseThrow().status()).isEqualTo(ConversationStatus.PAUSED);

		before = person.texts().size();
		person.says("/start");
		assertThat(person.texts().subList(before, person.texts().size()))
			.anyMatch((text) -> text.startsWith("Прежде чем мы начнём"));
	}

	@Test
	void eachKindOfCrisisGetsItsOwnAnswerWithTheLinesToCall() {
		assertThat(firstAnswer(7201, "I took too many pills")).startsWith("Thank you for telling me.")
			.contains("call 112 right now and say what was taken and how much")
			.contains("Our support line is open day and night: 0800 100 1010")
			.doesNotContain("0800 700 0600");
		assertThat(firstAnswer(7202, "I am going to kill him")).contains("Please keep everyone safe")
			.contains("112")
			.contains("0800 100 1010");
		assertThat(firstAnswer(7203, "I just want to die")).contains("you don’t have to face it alone")
			.contains("If you might hurt yourself")
			.contains("112");
		assertThat(firstAnswer(7204, "my husband beats me every day")).contains("It is not your fault")
			.contains("A line for people who suffer violence: 0800 700 0600")
			.contains("0800 100 1010");
	}

	private String firstAnswer(long chatId, String text) {
		Person person = new Person(telegram, this.mongo, chatId, "en");
		person.says(text);
		assertThat(person.texts()).as("the crisis answer only, nothing 'not understood'").hasSize(1);
		return person.lastText();
	}

	@Test
	void crisisWordsInAPhotosCaptionAreAnsweredLikeText() {
		Person person = new Person(telegram, this.mongo, 7251, "en");
		person.says("/start").presses("English");
		int before = person.texts().size();

		person.sends("photo", "I just want to die");

		assertThat(person.texts().subList(before, person.texts().size()))
			.anyMatch((text) -> text.contains("you don’t have to face it alone"));
	}

	@Test
	void aProgrammeWithOnlyAnEnglishLineAnswersARussianSpeakerWithTheTranslatedDefault() {
		Person person = new Person(telegram, this.mongo, 7301, "en");
		person.says("/start").presses("Русский").presses("Я даю согласие");
		person.presses("Программа с английской линией");
		int before = person.texts().size();

		person.says("не хочу больше жить");

		String answer = person.texts().get(before);
		assertThat(answer).startsWith("Спасибо, что написали мне об этом.")
			.contains("позвоните по номеру 112")
			.doesNotContain("555")
			.doesNotContainPattern("[A-Za-z]{3,}");
	}

	@Test
	void aPlainLanguageProgrammeGetsThePlainAnswer() {
		Person person = new Person(telegram, this.mongo, 7401, "en");
		person.says("/start p-circles");
		int before = person.texts().size();

		person.says("I want to kill myself");

		String answer = person.texts().get(before);
		assertThat(answer)
			.isEqualTo("Thank you for telling me. This is important. If you may hurt yourself now, call 112."
					+ "\nOur helpers answer the phone day and night: 0800 200 2020"
					+ "\n\nYou are not alone. Our team knows about your message.");
		// the paused onboarding says how to go on, plainly too
		person.sees("We stop the questions for now. When you are ready, send /start.");

		person.says("/cancel");
		person.sees("OK, we stop here. When you want to go on, send /start.");
	}

	@Test
	void theTeamIsSaidToKnowBecauseTheAlertIsKeptForThePanel() {
		Person person = new Person(telegram, this.mongo, 7501, "en");
		person.says("I was raped last year and I am scared");

		assertThat(person.lastText())
			.endsWith("\n\nYou are not alone: our team has been told and sees it in their list.");
		assertThat(this.alerts.list(null, true, 100)).filteredOn((alert) -> alert.chatId() == 7501)
			.extracting(Alert::reason)
			.containsExactly(ModeratorAlerts.Reason.CRISIS);
	}

	@Test
	void aMessageThatCouldNotBeHandledIsNotCalledSafeButToBeSentAgain() {
		Person person = new Person(telegram, this.mongo, 7601, "en");
		person.says(FAILING_TEXT);
		assertThat(person.lastText()).isEqualTo("Sorry, something went wrong on our side, and your last message "
				+ "was not handled. Please send it again in a few minutes.");
	}

	@Test
	void aMessageThatCouldNotBeHandledIsAnsweredPlainlyInAPlainLanguageProgramme() {
		Person person = new Person(telegram, this.mongo, 7602, "en");
		person.says("/start p-circles");

		person.says(FAILING_TEXT);

		assertThat(person.lastText()).isEqualTo(
				"Sorry, something went wrong here. We did not get your last message. Please send it again in a few minutes.");
	}

	@TestConfiguration
	static class FailingHandlerConfiguration {

		/** Fails every time on one text, as a bug in a handler would. */
		@Bean
		InboundInterceptor failingOnOneText() {
			return (event, replies) -> {
				if (FAILING_TEXT.equals(event.text())) {
					throw new IllegalStateException("a bug");
				}
				return Screening.CLEAR;
			};
		}

	}

}
