package org.peersupport.e2e;

import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.peersupport.BotTestApplication;
import org.peersupport.onboarding.ProgrammeStats;
import org.peersupport.scripts.DefaultScripts;
import org.peersupport.participants.Participant;
import org.peersupport.participants.ParticipantStatus;
import org.peersupport.participants.Participants;
import org.peersupport.sandbox.EmulatorLimits;
import org.peersupport.store.MemoryStore;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = BotTestApplication.class, properties = "peer.messaging.rate.enabled=false")
@MemoryStore
class OnboardingEndToEndTests {

	static final int SHIPPED_ONBOARDING = DefaultScripts.all().get(0).version();

	static final EmulatorFixture telegram = EmulatorFixture.start(EmulatorLimits.off());

	@Autowired
	MongoOperations mongo;

	@Autowired
	Participants participants;

	@Autowired
	ProgrammeStats stats;

	@DynamicPropertySource
	static void pointAtEmulator(DynamicPropertyRegistry registry) {
		telegram.register(registry);
	}

	@AfterAll
	static void stopEmulator() {
		telegram.close();
	}

	@ParameterizedTest
	@MethodSource("walks")
	void aNewParticipantCompletesOnboardingInEachLanguage(OnboardingWalk walk) {
		long chat = 1100 + walks().indexOf(walk);
		Person person = new Person(telegram, this.mongo, chat, walk.telegramLanguage());
		person.says("/start");
		assertThat(person.lastButtons()).containsExactly("Русский", "Українська", "Polski", "English");
		person.presses(walk.language());
		person.sees(walk.consent());
		person.presses(walk.agree());
		person.presses(walk.programme());
		person.says("14.03.2025");
		person.presses(walk.need()).presses(walk.done());
		person.says("Secret Fox");
		assertThat(person.lastButtons().get(0)).startsWith(walk.moscow() + " (UTC+03:00)");
		person.presses(person.lastButtons().get(0));

		assertThat(person.texts()).anyMatch((text) -> text.startsWith(walk.thanks() + "Secret Fox!"));
		// No promise the service does not keep: the person is on the waiting list and is
		// told exactly that; nothing speaks of an invitation or of check-ins.
		assertThat(String.join("\n", person.texts()).toLowerCase(java.util.Locale.ROOT)).doesNotContain("invitation",
				"приглашени", "запрошення", "zaproszeni", "how you are doing", "как у вас дела", "як у вас справи",
				"jak się masz");
		Participant participant = this.participants.find(chat).orElseThrow();
		assertThat(participant.status()).isEqualTo(ParticipantStatus.WAITING_FOR_GROUP);
		assertThat(participant.programme()).isEqualTo("women-after-prison");
		assertThat(participant.locale()).isEqualTo(walk.telegramLanguage());
		assertThat(participant.consentVersion()).isEqualTo("onboarding@" + SHIPPED_ONBOARDING);
		assertThat(participant.profile()).containsEntry("releaseDate", "2025-03-14")
			.containsEntry("needs", List.of("job"))
			.containsEntry("pseudonym", "Secret Fox")
			.containsEntry("timeZone", "Europe/Moscow");
		assertThat(this.participants.waitingList("women-after-prison")).extracting(Participant::chatId).contains(chat);
	}

	static List<OnboardingWalk> walks() {
		return List.of(OnboardingWalk.ENGLISH, OnboardingWalk.RUSSIAN, OnboardingWalk.UKRAINIAN, OnboardingWalk.POLISH);
	}

	@Test
	void badInputAtEveryKindOfStepIsAskedAgainAndNotStored() {
		Person person = new Person(telegram, this.mongo, 1201, "en");
		person.says("/start").says("Klingon");
		person.sees("Please choose one of the buttons below.");
		assertThat(person.lastButtons()).contains("English");
		person.presses("English").says("maybe");
		person.sees("Please choose one of the buttons below.");
		person.presses("I agree").says("the prison one");
		person.sees("Please choose one of the buttons below.");
		person.presses("Women after prison").says("sometime last spring");
		person.sees("I couldn’t read that date.");
		person.says("01.01.2099");
		person.sees("That date hasn’t come yet.");
		person.presses("Skip this question");
		person.sees("What would help you most right now?");
		person.presses("Done");
		person.sees("Please choose at least one option above by pressing it, then press “Done”.");
		person.says("medicine please");
		person.sees("Please answer by pressing the options above (you can choose several), then press “Done”.");
		person.presses("Medicine").presses("Done");
		person.says("A");
		person.sees("Could you write a little more? At least 2 characters, please.");
		person.sendsSticker();
		person.sees("I didn’t get an answer there.");
		person.says("Wren");
		person.says("Mars");
		person.sees("Please choose one of the buttons below.");
		person.presses(person.lastButtons().get(0));
		assertThat(person.texts()).anyMatch(
				(text) -> text.startsWith("Thank you, Wren! Now I will look for a place for you in a support group."))
			// no group in this test: the waiting list, said plainly
			.anyMatch((text) -> text.startsWith("There is no free place in a support group right now."));

		Participant participant = this.participants.find(1201).orElseThrow();
		assertThat(participant.programme()).isEqualTo("women-after-prison");
		assertThat(participant.profile()).doesNotContainKey("releaseDate")
			.containsEntry("needs", List.of("medicine"))
			.containsEntry("pseudonym", "Wren")
			.containsEntry("timeZone", "Europe/Moscow");
		assertThat(everything()).noneMatch(
				(json) -> json.contains("Klingon") || json.contains("maybe") || json.contains("sometime last spring")
						|| json.contains("2099") || json.contains("Mars") || json.contains("medicine please"));
	}

	@Test
	void beforeConsentNothingButTheChatItsLanguageAndThePositionIsStored() {
		Person person = new Person(telegram, this.mongo, 1301, "en");
		person.says("/start").presses("English").says("my name is Anna Secret, I live at 5 Hidden Street");
		person.sees("Please choose one of the buttons below.");

		assertThat(this.mongo.getCollection("participants").countDocuments(new Document("_id", 1301L))).isZero();
		assertThat(this.mongo.getCollection("volunteers").countDocuments(new Document("chatId", 1301L))).isZero();
		Document conversation = this.mongo.getCollection("conversations").find(new Document("_id", 1301L)).first();
		assertThat(conversation).isNotNull();
		assertThat(conversation.get("fields", Document.class)).containsOnlyKeys("locale");
		assertThat(conversation.getString("locale")).isEqualTo("en");
		assertThat(conversation.getString("stepId")).isEqualTo("consent");
		assertThat(conversation.get("consentedAt")).isNull();
		for (Document entry : this.mongo.getCollection("inbox").find(new Document("chatId", 1301L))) {
			assertThat(entry.getString("state")).isEqualTo("DONE");
			assertThat(entry).doesNotContainKey("event");
		}
		for (Document entry : this.mongo.getCollection("outbox").find(new Document("chatId", 1301L))) {
			assertThat(entry).doesNotContainKey("text");
		}
		assertThat(everything()).noneMatch((json) -> json.contains("Anna") || json.contains("Hidden Street"));
	}

	@Test
	void theReleaseDateIsAskedOnlyWhereTheProgrammeAsksIt() {
		Person parent = new Person(telegram, this.mongo, 1801, "en");
		parent.says("/start").presses("English").presses("I agree").presses("Families with mentors");
		parent.sees("What would help you most right now?");

		Person invited = new Person(telegram, this.mongo, 1802, "en");
		invited.says("/start p-recovery").presses("English").presses("I agree");
		invited.sees("What would help you most right now?");

		Person released = new Person(telegram, this.mongo, 1803, "en");
		released.says("/start p-women-after-prison").presses("English").presses("I agree");
		released.sees("When were you released?");

		assertThat(String.join("\n", parent.texts()) + String.join("\n", invited.texts()))
			.doesNotContain("When were you released?");
	}

	@Test
	void myDataShowsWhatWasEnteredAndForgetErasesItEverywhere() {
		Person person = new Person(telegram, this.mongo, 1401, "en");
		OnboardingWalk.ENGLISH.complete(person, "Quiet Heron");
		long onboardedBefore = this.stats.onboardedThisMonth("women-after-prison");
		person.says("/mydata");
		assertThat(person.lastText()).startsWith("📄 Everything we keep about you:")
			.contains("Language: English")
			.contains("Consent: accepted on ")
			.contains("(version " + SHIPPED_ONBOARDING + " of the consent text)")
			.contains("Programme: Women after prison")
			.contains("• Pseudonym: Quiet Heron")
			.contains("• Release date: 2025-03-14")
			.contains("• Help you need: Help finding work")
			.contains("• Time zone: Moscow")
			.doesNotContain("Europe/", "onboarding@", "release-date");

		person.says("/forget");
		person.sees("Do you want us to erase everything we keep about you?");
		// Our copies go; the chat on the phone is the person's own.
		assertThat(person.lastText()).contains("our copies of our messages to you")
			.contains("The chat on your phone stays as it is");
		person.presses("Yes, erase everything");
		person.sees("Done: everything we kept about you has been erased.");

		assertThat(this.participants.find(1401)).isEmpty();
		assertThat(this.mongo.getCollection("conversations").countDocuments(new Document("_id", 1401L))).isZero();
		assertThat(everything()).noneMatch((json) -> json.contains("Quiet Heron"));
		assertThat(everything()).filteredOn((json) -> json.contains("1401"))
			.allMatch((json) -> json.startsWith("inbox ") || json.startsWith("outbox "));
		for (Document entry : this.mongo.getCollection("inbox").find(new Document("chatId", 1401L))) {
			assertThat(entry).doesNotContainKey("event");
		}
		assertThat(this.stats.onboardedThisMonth("women-after-prison")).isEqualTo(onboardedBefore);
		person.says("/mydata");
		person.sees("We keep nothing about you except this chat’s number.");
	}

	@Test
	void aCommandAddressedToAnotherBotIsLeftAloneAndOneAddressedToThisBotIsAnswered() {
		Person person = new Person(telegram, this.mongo, 1501, "en");
		long ignored = person.users().sendText(1501, "/mydata@other_bot", "en").updateId();
		person.says("/mydata@Peer_Support_Sandbox_Bot");

		assertThat(person.texts()).containsExactly("We keep nothing about you except this chat’s number.");
		assertThat(this.mongo.getCollection("inbox").countDocuments(new Document("_id", ignored))).isZero();

		person.says("/start").presses("English");
		person.sees("Before we begin");
		int before = person.texts().size();
		person.users().sendText(1501, "/cancel@other_bot", "en");
		person.says("/help@peer_support_sandbox_bot");

		assertThat(person.texts()).hasSize(before + 1);
		person.sees("I’m the bot of a peer-support community.");
		Document conversation = this.mongo.getCollection("conversations").find(new Document("_id", 1501L)).first();
		assertThat(conversation.getString("stepId")).isEqualTo("consent");
		assertThat(conversation.getString("status")).isEqualTo("ACTIVE");
	}

	/** Every document of every collection, as JSON. */
	private List<String> everything() {
		List<String> all = new ArrayList<>();
		for (String name : this.mongo.getCollectionNames()) {
			this.mongo.getCollection(name).find().forEach((document) -> all.add(name + " " + document.toJson()));
		}
		return all;
	}

}
