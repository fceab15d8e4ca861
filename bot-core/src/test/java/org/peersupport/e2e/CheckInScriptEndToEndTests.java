package org.peersupport.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.peersupport.BotTestApplication;
import org.peersupport.checkins.DueCheckIns;
import org.peersupport.conversation.ConversationRuntime;
import org.peersupport.conversation.DraftResult;
import org.peersupport.conversation.ScriptCatalog;
import org.peersupport.sandbox.BotMessage;
import org.peersupport.sandbox.EmulatorLimits;
import org.peersupport.scripts.DefaultScripts;
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
 * The check-in as a script through the emulator on a stepping clock (the job run by
 * hand): a due check-in's prompt is the first step of the published {@code check-in}
 * version, an answer goes on in the script (the mood point stored, the unanswered count
 * back to zero, what would help starting a real request), an edit published in the
 * catalog changes the next prompt, an edit that cannot ask the check-in is refused (and
 * one stored anyway never stops it), and a press on an older prompt is still taken.
 */
@SpringBootTest(classes = BotTestApplication.class,
		properties = { "peer.messaging.rate.enabled=false", "peer.conversation.published-cache-ttl=0s" })
@Import(VolunteerSignUpEndToEndTests.SteppingClock.class)
@MemoryStore
class CheckInScriptEndToEndTests {

	static final EmulatorFixture telegram = EmulatorFixture.start(EmulatorLimits.off());

	static final String PROMPT = "How are you today? Choose from 1 (very bad) to 5 (very good).";

	@Autowired
	MongoOperations mongo;

	@Autowired
	DueCheckIns due;

	@Autowired
	ScriptCatalog catalog;

	@Autowired
	ConversationRuntime runtime;

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
	void aPublishedEditChangesTheNextPromptAndItsAnswerIsStoredAndStartsTheCountAgain() {
		Person person = new Person(telegram, this.mongo, 2101, "en");
		OnboardingWalk.ENGLISH.complete(person, "Green Finch");
		nextPrompt(person);
		nextPrompt(person);
		person.sees(PROMPT);
		assertThat(schedule(person).getInteger("unanswered")).isEqualTo(2);

		DraftResult draft = this.catalog.saveDraft(edited(2, "en: How are you today?", "en: How is your day going?"),
				"check-in.yaml");
		assertThat(draft.problems()).isEmpty();
		assertThat(this.catalog.publish("check-in", 2)).isTrue();
		try {
			nextPrompt(person);
			person.sees("How is your day going? Choose from 1 (very bad) to 5 (very good).");
			assertThat(person.lastButtons()).containsExactly("1 😞", "2 🙁", "3 😐", "4 🙂", "5 😊");

			person.presses("3 😐");
			person.sees("Thank you for telling me. Would something help?");
			assertThat(person.lastButtons()).containsExactly("Ask for help", "Write a word about my day",
					"Nothing, thank you");
			assertThat(moodPoints(2101)).singleElement()
				.satisfies((point) -> assertThat(point.getInteger("mood")).isEqualTo(3));
			assertThat(schedule(person).getInteger("unanswered")).isZero();
			assertThat(conversation(person).getString("scriptId")).isEqualTo("check-in");
			assertThat(conversation(person).getInteger("scriptVersion")).isEqualTo(2);

			// what the open check-in holds, in words
			person.says("/mydata");
			assertThat(person.lastText()).contains("• Your check-in answer: 3 😐")
				.containsPattern("• Check-in question sent \\(UTC\\): 20[0-9-]+T[0-9:]+Z");

			person.presses("Nothing, thank you");
			person.sees("All right. Take care of yourself.");
			assertThat(conversation(person).getString("status")).isEqualTo("FINISHED");
		}
		finally {
			this.catalog.rollback("check-in");
		}
	}

	@Test
	void anEditThatCannotAskTheCheckInIsRefusedAndOneStoredAnywayNeverStopsIt() {
		Person person = new Person(telegram, this.mongo, 2102, "en");
		OnboardingWalk.ENGLISH.complete(person, "Red Kite");
		// valid as a script, but its first question is typed, not the 1-5 scale
		String shipped = edited(3, "", "");
		int from = shipped.indexOf("    input:\n", shipped.indexOf("  - id: mood"));
		String typed = shipped.substring(0, from) + "    input: {type: text, minLength: 1, maxLength: 10}\n"
				+ shipped.substring(shipped.indexOf("    store: mood"));
		int firstStepLine = (int) shipped.substring(0, shipped.indexOf("  - id: mood")).lines().count() + 1;

		DraftResult refused = this.catalog.saveDraft(typed, "check-in.yaml");
		assertThat(refused.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.code()).isEqualTo("check-in-first-step");
			assertThat(problem.line()).isEqualTo(firstStepLine);
		});
		assertThat(this.catalog.stored("check-in", 3)).isEmpty();

		// stored and published where nothing checks it (e.g. by a release before the
		// check)
		ScriptCatalog unchecked = new ScriptCatalog(this.mongo, Set.of("recordMood", "offerHelpRequest", "keepWord"),
				this.clock, Duration.ZERO);
		assertThat(unchecked.saveDraft(typed, "check-in.yaml").problems()).isEmpty();
		assertThat(unchecked.publish("check-in", 3)).isTrue();
		try {
			assertThat(this.catalog.published("check-in").version()).isEqualTo(3);
			nextPrompt(person);
			person.sees(PROMPT);
			assertThat(person.lastButtons()).containsExactly("1 😞", "2 🙁", "3 😐", "4 🙂", "5 😊");
			person.presses("4 🙂");
			person.sees("Thank you for telling me. Would something help?");
			assertThat(moodPoints(2102)).singleElement()
				.satisfies((point) -> assertThat(point.getInteger("mood")).isEqualTo(4));
			assertThat(conversation(person).getInteger("scriptVersion")).isEqualTo(1);
		}
		finally {
			this.catalog.rollback("check-in");
		}
	}

	@Test
	void whatWouldHelpOffersTheRequestCategoriesAndOneStoresARealRequest() {
		Person person = new Person(telegram, this.mongo, 2103, "en");
		OnboardingWalk.ENGLISH.complete(person, "Blue Tit");
		nextPrompt(person);
		person.presses("2 🙁");
		person.sees("Thank you for telling me. Would something help right now?");
		person.presses("Ask for help");
		person.sees("What do you need help with?");

		person.presses("Housing");
		person.sees("What do you need about housing?");
		person.says("A room for a few nights");
		person.says("Lublin");
		person.presses(person.lastButtons().get(0));

		List<Document> requests = this.mongo.getCollection("help_requests")
			.find(new Document("chatId", 2103L))
			.into(new ArrayList<>());
		assertThat(requests).singleElement().satisfies((request) -> {
			assertThat(request.getString("category")).isEqualTo("housing");
			assertThat(request.getString("summary")).isEqualTo("A room for a few nights");
		});
		assertThat(person.texts()).anyMatch((text) -> text.contains("No. " + requests.get(0).get("number")));
		assertThat(moodPoints(2103)).singleElement()
			.satisfies((point) -> assertThat(point.getInteger("mood")).isEqualTo(2));
	}

	@Test
	void aMessageWrittenWhileTheCheckInWaitsForAButtonGoesWhereItWentBefore() {
		Person person = new Person(telegram, this.mongo, 2107, "en");
		OnboardingWalk.ENGLISH.complete(person, "Still Pond");
		nextPrompt(person);
		person.presses("4 🙂");
		person.sees("Thank you for telling me. Would something help?");

		// not an answer to the check-in's question: the usual answer to a written message
		person.says("I found a job today");
		person.sees("Thank you for writing to me.");
		// its typed label is still the check-in's answer
		person.says("Nothing, thank you");
		person.sees("All right. Take care of yourself.");
		assertThat(conversation(person).getString("status")).isEqualTo("FINISHED");
	}

	@Test
	void theLowestMoodThroughTheScriptGetsTheLinesToCallAndAnAlertForTheTeam() {
		Person person = new Person(telegram, this.mongo, 2104, "en");
		OnboardingWalk.ENGLISH.complete(person, "Grey Owl");
		nextPrompt(person);
		person.presses("1 😞");

		await().untilAsserted(() -> assertThat(person.texts())
			.anySatisfy((text) -> assertThat(text).startsWith("I’m sorry today is so hard.")));
		await().until(() -> this.mongo.getCollection("alerts").countDocuments(new Document("chatId", 2104L)) == 1);
		person.sees("Thank you for telling me. Would something help right now?");
		assertThat(moodPoints(2104)).singleElement().satisfies((point) -> assertThat(point.getInteger("mood")).isOne());
	}

	@Test
	void aPressOnAnOlderPromptAfterANewerOneIsStillTakenForItsOwnCheckIn() {
		Person person = new Person(telegram, this.mongo, 2105, "en");
		OnboardingWalk.ENGLISH.complete(person, "Small Wren");
		nextPrompt(person);
		BotMessage older = person.lastMessage();
		nextPrompt(person);
		BotMessage newer = person.lastMessage();
		assertThat(older.messageId()).isNotEqualTo(newer.messageId());

		person.pressesData(older.messageId(), data(older, "2 🙁"));
		person.sees("Thank you for telling me. Would something help right now?");
		person.presses("Write a word about my day");
		person.says("tired");
		person.sees("Thank you. I kept it with today’s answer.");

		person.pressesData(newer.messageId(), data(newer, "5 😊"));
		person.sees("Thank you for telling me. Would something help?");
		List<Document> points = moodPoints(2105);
		assertThat(points).extracting((point) -> point.getInteger("mood")).containsExactly(2, 5);
		assertThat(points.get(0).getString("word")).isEqualTo("tired");
		assertThat(points.get(0).getDate("occurrence")).isBefore(points.get(1).getDate("occurrence"));

		// the first answer to a prompt stands
		person.pressesData(older.messageId(), data(older, "4 🙂"));
		assertThat(moodPoints(2105)).extracting((point) -> point.getInteger("mood")).containsExactly(2, 5);
		assertThat(schedule(person).getInteger("unanswered")).isZero();
	}

	@Test
	void aVersionTriedInTheSandboxWithoutAPromptStoresItsAnswerAtTheConversationsStart() {
		Person person = new Person(telegram, this.mongo, 2106, "en");
		OnboardingWalk.ENGLISH.complete(person, "Pale Moth");
		int before = person.texts().size();
		this.runtime.startDraft(2106, "check-in", 1, "en");
		await().until(() -> person.texts().size() == before + 1);
		person.sees(PROMPT);

		person.presses("5 😊");
		person.sees("Thank you for telling me. Would something help?");
		assertThat(moodPoints(2106)).singleElement().satisfies((point) -> {
			assertThat(point.getInteger("mood")).isEqualTo(5);
			assertThat(point.getDate("occurrence").toInstant().getEpochSecond())
				.isEqualTo(conversation(person).getDate("startedAt").toInstant().getEpochSecond());
		});
	}

	/** The shipped check-in script as a new version with one text replaced. */
	private static String edited(int version, String from, String to) {
		String shipped = DefaultScripts.read("scripts/check-in.yaml");
		assertThat(shipped).contains(from).contains("version: 1\n");
		String renumbered = shipped.replace("version: 1\n", "version: " + version + "\n");
		int at = renumbered.indexOf(from);
		return renumbered.substring(0, at) + to + renumbered.substring(at + from.length());
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

	/**
	 * Moves the clock to a minute after the person's next check-in, runs the job and
	 * waits for the prompt.
	 */
	private void nextPrompt(Person person) {
		Date next = schedule(person).getDate("nextRunAt");
		this.clock.advance(Duration.between(this.clock.instant(), next.toInstant().plusSeconds(60)));
		int before = person.texts().size();
		this.due.sendDue();
		await().until(() -> person.texts().size() == before + 1);
	}

	private Document schedule(Person person) {
		return this.mongo.getCollection("check_in_schedules").find(new Document("_id", person.chatId())).first();
	}

	private Document conversation(Person person) {
		return this.mongo.getCollection("conversations").find(new Document("_id", person.chatId())).first();
	}

	private List<Document> moodPoints(long chatId) {
		return this.mongo.getCollection("mood_points")
			.find(new Document("chatId", chatId))
			.sort(new Document("occurrence", 1))
			.into(new ArrayList<>());
	}

}
