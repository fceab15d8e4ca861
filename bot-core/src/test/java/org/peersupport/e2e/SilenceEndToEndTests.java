package org.peersupport.e2e;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.peersupport.BotTestApplication;
import org.peersupport.participants.Participants;
import org.peersupport.participants.Volunteers;
import org.peersupport.sandbox.EmulatorLimits;
import org.peersupport.silence.SilentPeople;
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
 * The consent's promise kept: a participant or volunteer silent for 12 months is warned a
 * week before and then erased everywhere; a message after the warning keeps their data.
 * The clock moves; the job's work is run by hand (Quartz is off in these tests).
 */
@SpringBootTest(classes = BotTestApplication.class, properties = "peer.messaging.rate.enabled=false")
@Import(VolunteerSignUpEndToEndTests.SteppingClock.class)
@MemoryStore
class SilenceEndToEndTests {

	static final EmulatorFixture telegram = EmulatorFixture.start(EmulatorLimits.off());

	@Autowired
	MongoOperations mongo;

	@Autowired
	Participants participants;

	@Autowired
	Volunteers volunteers;

	@Autowired
	SilentPeople silent;

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
	void aSilentParticipantIsWarnedAWeekBeforeInTheirLanguageAndThenErasedEverywhere() {
		Person person = new Person(telegram, this.mongo, 1701, "ru");
		OnboardingWalk.RUSSIAN.complete(person, "Тихая Сова");
		Instant lastMessage = this.clock.instant();
		int before = person.texts().size();

		moveTo(lastMessage.atOffset(ZoneOffset.UTC).plusMonths(12).minusDays(7).minusHours(2).toInstant());
		this.silent.warnDue();
		assertThat(person.texts()).hasSize(before);

		this.clock.advance(Duration.ofHours(3));
		this.silent.warnDue();
		await().until(() -> person.texts().size() == before + 1);
		person.sees("Вы давно нам не писали.");
		// warned an hour after the silence's year less a week: erased a week after the
		// warning, an hour after the year (a day later when that hour crosses midnight)
		assertThat(person.lastText()).contains("с " + day(this.clock.instant().plus(Duration.ofDays(7))))
			.contains("/help");

		this.clock.advance(Duration.ofDays(6));
		this.silent.eraseDue();
		assertThat(this.participants.find(1701)).isPresent();

		this.clock.advance(Duration.ofDays(1));
		this.silent.eraseDue();
		assertThat(this.participants.find(1701)).isEmpty();
		assertThat(everything()).noneMatch((json) -> json.contains("Тихая Сова"));
		assertThat(everything()).filteredOn((json) -> json.contains("1701"))
			.allMatch((json) -> json.startsWith("inbox ") || json.startsWith("outbox "));
		person.says("/mydata");
		person.sees("Мы не храним о вас ничего, кроме номера этого чата.");
	}

	@Test
	void aMessageAfterTheWarningKeepsTheDataAndStartsTheSilenceAgain() {
		Person person = new Person(telegram, this.mongo, 1702, "en");
		OnboardingWalk.ENGLISH.complete(person, "Patient Owl");
		moveTo(this.clock.instant().atOffset(ZoneOffset.UTC).plusMonths(12).minusDays(6).toInstant());
		this.silent.warnDue();
		await().until(() -> person.lastText().startsWith("You have not written to us for a long time."));

		person.says("/help");
		this.clock.advance(Duration.ofDays(8));
		this.silent.eraseDue();
		this.silent.warnDue();

		assertThat(this.participants.find(1702)).isPresent();
		assertThat(person.texts()).filteredOn((text) -> text.startsWith("You have not written")).hasSize(1);
		person.says("/mydata");
		Instant now = this.clock.instant();
		assertThat(person.lastText()).contains("Your last message to us: " + english(now))
			.contains("we will delete everything from " + english(now.atOffset(ZoneOffset.UTC).plusMonths(12)));
	}

	@Test
	void aSilentVolunteerIsWarnedAndErasedLikeAParticipant() {
		Person vera = new Person(telegram, this.mongo, 1703, "pl");
		vera.says("/start volunteer");
		vera.presses("Polski").presses("Zgadzam się");
		vera.presses(vera.lastButtons().get(0));
		vera.says("Wiera Wolontariuszka").says("+48 600 100 200");
		// An application not sent yet: what was entered waits in the conversation.
		assertThat(this.volunteers.ofChat(1703)).isEmpty();
		assertThat(everything()).anyMatch((json) -> json.contains("Wiera"));
		int before = vera.texts().size();

		moveTo(this.clock.instant().atOffset(ZoneOffset.UTC).plusMonths(12).minusDays(6).toInstant());
		this.silent.warnDue();
		await().until(() -> vera.texts().size() == before + 1);
		vera.sees("Od dawna do nas nie piszesz.");

		this.clock.advance(Duration.ofDays(8));
		this.silent.eraseDue();
		assertThat(everything()).noneMatch((json) -> json.contains("Wiera") || json.contains("600 100 200"));
		assertThat(everything()).filteredOn((json) -> json.contains("1703"))
			.allMatch((json) -> json.startsWith("inbox ") || json.startsWith("outbox "));
	}

	private void moveTo(Instant target) {
		this.clock.advance(Duration.between(this.clock.instant(), target));
	}

	private static String day(TemporalAccessor at) {
		return DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("ru"))
			.withZone(ZoneOffset.UTC)
			.format(at);
	}

	private static String english(TemporalAccessor at) {
		return DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC).format(at);
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
