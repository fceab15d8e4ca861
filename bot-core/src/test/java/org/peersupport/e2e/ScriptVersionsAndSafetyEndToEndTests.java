package org.peersupport.e2e;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.peersupport.BotTestApplication;
import org.peersupport.conversation.ConversationStatus;
import org.peersupport.conversation.Conversations;
import org.peersupport.conversation.DraftResult;
import org.peersupport.conversation.ScriptCatalog;
import org.peersupport.participants.Participants;
import org.peersupport.participants.PersonRefs;
import org.peersupport.sandbox.EmulatorLimits;
import org.peersupport.scripts.DefaultScripts;
import org.peersupport.store.MemoryStore;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(classes = BotTestApplication.class,
		properties = { "peer.messaging.rate.enabled=false", "peer.moderators.alerts.per-person=2" })
@MemoryStore
class ScriptVersionsAndSafetyEndToEndTests {

	static final EmulatorFixture telegram = EmulatorFixture.start(EmulatorLimits.off());

	static final long MODERATORS = telegram.emulator().users().createGroup("Moderators");

	@Autowired
	MongoOperations mongo;

	@Autowired
	ScriptCatalog catalog;

	@Autowired
	Participants participants;

	@Autowired
	Conversations conversations;

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
	void aConversationStartedOnVersionOneFinishesOnVersionOneAfterVersionTwoIsPublished() {
		Person early = new Person(telegram, this.mongo, 2001, "en");
		early.says("/start").presses("English");
		int shipped = DefaultScripts.all().get(0).version();
		int next = shipped + 1;
		String v2 = DefaultScripts.read("scripts/onboarding.yaml")
			.replace("version: " + shipped, "version: " + next)
			.replace("Hello! I’m the bot of a peer-support community.", "Hello from version two!")
			.replace("What should we call you in the group?", "Version two asks for a pseudonym.");
		DraftResult draft = this.catalog.saveDraft(v2, "onboarding v2");
		assertThat(draft.problems()).isEmpty();
		assertThat(this.catalog.publish("onboarding", next)).isTrue();
		try {
			early.presses("I agree").presses("Women after prison").presses("Skip this question");
			early.presses("Medicine").presses("Done");
			early.sees("What should we call you in the group?");
			early.says("Early Bird");
			early.presses(early.lastButtons().get(0));
			assertThat(early.texts()).anyMatch((text) -> text.startsWith("Thank you, Early Bird!"));
			assertThat(this.participants.find(2001).orElseThrow().consentVersion()).isEqualTo("onboarding@" + shipped);

			Person late = new Person(telegram, this.mongo, 2002, "en");
			late.says("/start");
			late.sees("Hello from version two!");
		}
		finally {
			assertThat(this.catalog.rollback("onboarding")).contains(DefaultScripts.all().get(0).version());
		}
		Person afterRollback = new Person(telegram, this.mongo, 2003, "en");
		afterRollback.says("/start");
		afterRollback.sees("Hello! I’m the bot of a peer-support community.");
	}

	@Test
	void aDraftWithProblemsIsNotSaved() {
		DraftResult draft = this.catalog.saveDraft(
				DefaultScripts.read("scripts/onboarding.yaml").replace("next: consent\n", "next: nowhere\n"), "broken");
		assertThat(draft.saved()).isFalse();
		assertThat(draft.problems()).extracting("code").contains("unknown-step");
	}

	@Test
	void crisisWordsInTheMiddleOfAScriptGetTheHotlineAnAlertAndAPauseInsteadOfTheQuestion() {
		Person person = new Person(telegram, this.mongo, 2101, "en");
		person.says("/start").presses("English").presses("I agree").presses("Women after prison");
		person.presses("Skip this question").presses("Medicine").presses("Done");
		person.sees("What should we call you in the group?");
		int before = person.texts().size();

		person.says("honestly I want to kill myself");
		List<String> answer = person.texts().subList(before, person.texts().size());
		assertThat(answer).hasSize(2);
		assertThat(answer.get(0)).contains("112");
		assertThat(answer.get(1)).isEqualTo("We’ll leave the questions for now. When you are ready, send /start "
				+ "and we’ll go on from where we stopped.");
		assertThat(answer).noneMatch((text) -> text.contains("What should we call you"));
		assertThat(this.conversations.find(2101).orElseThrow().status()).isEqualTo(ConversationStatus.PAUSED);
		String ref = this.refs.of(2101);
		await().until(() -> alertsAbout(ref).size() == 1);
		assertThat(alertsAbout(ref).get(0)).startsWith("⚠️ Crisis words")
			.contains("P-")
			.doesNotContain("kill")
			.doesNotContain("2101");
		this.mongo.getCollection("conversations")
			.find()
			.forEach((conversation) -> assertThat(conversation.toJson()).doesNotContain("kill"));

		person.says("/start");
		person.sees("What should we call you in the group?");
		person.says("Calm Otter");
		person.sees("Which time zone do you live in?");
	}

	@Test
	void repeatedCrisisWordsFromOnePersonAreCountedInTheNextAlert() {
		Person person = new Person(telegram, this.mongo, 2501, "en");
		String ref = this.refs.of(2501);
		person.says("I want to end my life").says("I really want to die");

		assertThat(person.texts()).hasSize(2).allMatch((text) -> text.contains("112"));
		await().until(() -> alertsAbout(ref).size() == 2);
		assertThat(alertsAbout(ref).get(0)).startsWith("⚠️ Crisis words in a private message");
		assertThat(alertsAbout(ref).get(1)).startsWith("⚠️ Crisis words again from " + ref)
			.contains("2 messages with crisis words in the last 15 minutes");
	}

	private List<String> alertsAbout(String ref) {
		return telegram.texts(MODERATORS).stream().filter((text) -> text.contains(ref)).toList();
	}

	@Test
	void crisisWordsOutsideAConversationGetTheHotlineAndNoConfusedAnswer() {
		Person person = new Person(telegram, this.mongo, 2201, "ru");
		person.says("мне так плохо, не хочу жить");
		assertThat(person.texts()).hasSize(1);
		assertThat(person.lastText()).startsWith("Спасибо, что написали мне об этом.").contains("112");
	}

	@Test
	void aHundredBadAnswersFromOnePersonAlertModeratorsNoMoreThanTheConfiguredNumber() {
		Person person = new Person(telegram, this.mongo, 2401, "en");
		person.says("/start").presses("English");
		person.sees("Before we begin");
		long updates = 0;
		for (int i = 0; i < 100; i++) {
			updates = telegram.emulator().users().sendText(2401, "no idea " + i, "en").updateId();
		}
		long last = updates;
		await().until(() -> handled(last)
				&& this.mongo.getCollection("outbox").countDocuments(new org.bson.Document("state", "PENDING")) == 0);

		assertThat(person.texts()).filteredOn((text) -> text.startsWith("Let’s stop here for now"))
			.as("the person is told each time that the team knows")
			.hasSize(25);
		assertThat(telegram.texts(MODERATORS)).filteredOn((text) -> text.contains("/consent")).hasSize(2);
	}

	private boolean handled(long updateId) {
		org.bson.Document entry = this.mongo.getCollection("inbox")
			.find(new org.bson.Document("_id", updateId))
			.first();
		return entry != null && "DONE".equals(entry.getString("state"));
	}

	@Test
	void answeringAnOptionalQuestionBadlyTooOftenSkipsItAndTellsTheTeam() {
		Person person = new Person(telegram, this.mongo, 2301, "en");
		person.says("/start").presses("English").presses("I agree").presses("Women after prison");
		int alerts = telegram.texts(MODERATORS).size();
		person.says("x").says("y").says("z");
		person.sees("I couldn’t read that date.");
		person.says("w");
		assertThat(person.texts()).anyMatch((text) -> text.startsWith("That question seems hard to answer here"));
		await().until(() -> telegram.texts(MODERATORS).size() == alerts + 1);
		assertThat(telegram.texts(MODERATORS).get(alerts)).contains("/release-date");
		person.sees("What would help you most right now?");
		assertThat(this.conversations.find(2301).orElseThrow().fields()).doesNotContainKey("releaseDate");
	}

	@Test
	void answeringARequiredQuestionBadlyTooOftenPausesUntilThePersonComesBack() {
		Person person = new Person(telegram, this.mongo, 2302, "en");
		person.says("/start").presses("English").presses("I agree");
		person.sees("Which programme or organisation brought you to us?");
		person.says("a").says("b").says("c").says("d");
		person.sees("Let’s stop here for now");
		assertThat(this.conversations.find(2302).orElseThrow().status()).isEqualTo(ConversationStatus.PAUSED);
		int before = person.texts().size();
		person.says("/start");
		assertThat(person.texts().subList(before, person.texts().size()))
			.anyMatch((text) -> text.startsWith("Which programme or organisation brought you to us?"));
		person.presses("Women after prison");
		person.sees("When were you released?");
	}

}
