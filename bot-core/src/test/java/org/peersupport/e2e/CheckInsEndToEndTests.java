package org.peersupport.e2e;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.peersupport.BotTestApplication;
import org.peersupport.checkins.DueCheckIns;
import org.peersupport.participants.LowMood;
import org.peersupport.sandbox.EmulatorLimits;
import org.peersupport.store.MemoryStore;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A participant onboarded through the emulator gets their first check-in at their time,
 * answers it with a button, and may add a word; the lowest mood gets the lines to call at
 * once and is handed to safety as {@link LowMood}. The clock moves; the job's work is run
 * by hand (Quartz is off in these tests).
 */
@SpringBootTest(classes = BotTestApplication.class, properties = "peer.messaging.rate.enabled=false")
@Import({ VolunteerSignUpEndToEndTests.SteppingClock.class, CheckInsEndToEndTests.LowMoods.class })
@MemoryStore
class CheckInsEndToEndTests {

	static final EmulatorFixture telegram = EmulatorFixture.start(EmulatorLimits.off());

	@Autowired
	MongoOperations mongo;

	@Autowired
	DueCheckIns due;

	@Autowired
	LowMoods lowMoods;

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
	void aParticipantAnswersTheirCheckInWithAButtonAndAWordAndBothAreKept() {
		Person person = new Person(telegram, this.mongo, 1801, "ru");
		OnboardingWalk.RUSSIAN.complete(person, "Утренняя Звезда");
		int before = person.texts().size();

		toNextCheckIn(person);
		this.due.sendDue();
		await().until(() -> person.texts().size() == before + 1);
		person.sees("Как вы сегодня?");
		assertThat(person.lastButtons()).containsExactly("1 😞", "2 🙁", "3 😐", "4 🙂", "5 😊");

		person.presses("4 🙂");
		person.sees("Спасибо, что рассказали.");
		person.presses("Написать пару слов о дне");
		person.sees("Напишите слово или несколько о своём дне.");
		person.says("гулял в парке");
		person.sees("Спасибо. Сохранено вместе с сегодняшним ответом.");

		List<Document> points = moodPoints(1801);
		assertThat(points).hasSize(1);
		assertThat(points.get(0).getInteger("mood")).isEqualTo(4);
		assertThat(points.get(0).getString("word")).isEqualTo("гулял в парке");
		assertThat(this.lowMoods.seen).isEmpty();

		person.says("/mydata");
		assertThat(person.lastText()).contains("Ваши ответы о самочувствии:").contains("4 🙂 — гулял в парке");
	}

	@Test
	void theLowestMoodGetsTheLinesToCallAndIsHandedToSafety() {
		Person person = new Person(telegram, this.mongo, 1802, "en");
		OnboardingWalk.ENGLISH.complete(person, "Grey Heron");
		int before = person.texts().size();
		toNextCheckIn(person);
		this.due.sendDue();
		await().until(() -> person.texts().size() == before + 1);

		person.presses("1 😞");

		// safeguarding's answer, with the offer to talk to a person
		await().untilAsserted(() -> assertThat(person.texts())
			.anySatisfy((text) -> assertThat(text).startsWith("I’m sorry today is so hard.")
				.contains("If you are in danger right now, please call 112.")));
		await().until(() -> this.lowMoods.seen.stream().anyMatch((low) -> low.chatId() == 1802));
		assertThat(moodPoints(1802)).singleElement().satisfies((point) -> assertThat(point.getInteger("mood")).isOne());

		person.says("/forget");
		person.presses("Yes, erase everything");
		await().until(() -> moodPoints(1802).isEmpty()
				&& this.mongo.getCollection("check_in_schedules").countDocuments(new Document("_id", 1802L)) == 0);
	}

	@Test
	void checkinsChangesTheTimeStopsAndStartsAgain() {
		Person person = new Person(telegram, this.mongo, 1803, "en");
		OnboardingWalk.ENGLISH.complete(person, "Quiet Fox");

		person.says("/checkins");
		person.sees("I ask how you are at 10:00");
		// the zone as a city in the person's language, never its id
		assertThat(person.lastMessage().text()).doesNotContainPattern("[A-Z][a-z]+/[A-Z]");
		person.presses("Change the time");
		assertThat(person.lastButtons()).containsExactly("08:00", "09:00", "10:00", "12:00", "15:00", "18:00", "20:00");
		person.presses("18:00");
		assertThat(person.lastMessage().text()).startsWith("I ask how you are at 18:00");
		Document schedule = schedule(person);
		ZoneId zone = ZoneId.of(schedule.getString("zone"));
		assertThat(schedule.getDate("nextRunAt").toInstant().atZone(zone).toLocalTime()).isEqualTo(LocalTime.of(18, 0));

		person.presses("Stop check-ins");
		assertThat(person.lastMessage().text()).startsWith("Your check-ins are stopped.");
		assertThat(schedule(person).get("nextRunAt")).isNull();
		int before = person.texts().size();
		this.clock.advance(Duration.ofDays(2));
		this.due.sendDue();
		assertThat(person.texts()).hasSize(before);

		person.presses("Start check-ins again");
		assertThat(person.lastMessage().text()).startsWith("I ask how you are at 18:00");
		assertThat(schedule(person).getDate("nextRunAt").toInstant()).isAfter(this.clock.instant());
	}

	private Document schedule(Person person) {
		return this.mongo.getCollection("check_in_schedules").find(new Document("_id", person.chatId())).first();
	}

	/** Moves the clock to a minute after the person's next check-in is due. */
	private void toNextCheckIn(Person person) {
		Date next = this.mongo.getCollection("check_in_schedules")
			.find(new Document("_id", person.chatId()))
			.first()
			.getDate("nextRunAt");
		this.clock.advance(Duration.between(this.clock.instant(), next.toInstant().plusSeconds(60)));
	}

	private List<Document> moodPoints(long chatId) {
		return this.mongo.getCollection("mood_points").find(new Document("chatId", chatId)).into(new ArrayList<>());
	}

	@TestConfiguration
	static class LowMoods {

		final List<LowMood> seen = new CopyOnWriteArrayList<>();

		@EventListener
		void on(LowMood low) {
			this.seen.add(low);
		}

	}

}
