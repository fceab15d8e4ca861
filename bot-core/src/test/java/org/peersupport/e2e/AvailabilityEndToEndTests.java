package org.peersupport.e2e;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.peersupport.BotTestApplication;
import org.peersupport.participants.Volunteer;
import org.peersupport.participants.VolunteerStatus;
import org.peersupport.participants.Volunteers;
import org.peersupport.requests.HelpRequest;
import org.peersupport.requests.HelpRequests;
import org.peersupport.requests.VolunteerCaseload;
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
 * {@code /availability}: a volunteer who helps only in the evening answers the sign-up's
 * days, parts of the day and quiet hours again, choosing the morning; the bot says what
 * was saved, matching reads it at once, and a request made that morning is offered to
 * them. Someone who is not a volunteer is told it is for volunteers.
 */
@SpringBootTest(classes = BotTestApplication.class, properties = "peer.messaging.rate.enabled=false")
@Import(HelpRequestClaimEndToEndTests.SteppingClock.class)
@MemoryStore
class AvailabilityEndToEndTests {

	static final EmulatorFixture telegram = EmulatorFixture.start(EmulatorLimits.off());

	static final String PROGRAMME = "women-after-prison";

	@Autowired
	MongoOperations mongo;

	@Autowired
	Volunteers volunteers;

	@Autowired
	HelpRequests requests;

	@Autowired
	VolunteerCaseload caseload;

	@Autowired
	HelpRequestClaimEndToEndTests.MovableClock clock;

	@DynamicPropertySource
	static void pointAtEmulator(DynamicPropertyRegistry registry) {
		telegram.register(registry);
	}

	@AfterAll
	static void stopEmulator() {
		telegram.close();
	}

	@Test
	void anEveningVolunteerWhoChoosesTheMorningIsOfferedAMorningRequest() {
		Person stranger = new Person(telegram, this.mongo, 15201, "en");
		stranger.says("/availability");
		assertThat(stranger.lastText()).isEqualTo("This is for approved volunteers.");

		Person vera = volunteer(15101, "V-evening");
		ZoneId zone = hours("V-evening").zone();
		ZonedDateTime now = this.clock.instant().atZone(zone);
		ZonedDateTime morning = now.withHour(9).withMinute(30);
		if (!morning.isAfter(now)) {
			morning = morning.plusDays(1);
		}
		this.clock.advance(Duration.between(now, morning));
		assertThat(hours("V-evening").now()).as("evening only, at 9:30").isFalse();

		DayOfWeek today = morning.getDayOfWeek();
		vera.says("/availability");
		vera.sees("On which days can you usually help?");
		vera.presses(today.getDisplayName(TextStyle.SHORT, Locale.ENGLISH)).presses("Done");
		vera.sees("At what time of day?");
		vera.presses("Morning (8–12)").presses("Done");
		vera.sees("When should we not disturb you?");
		vera.presses("23:00–7:00");

		assertThat(vera.lastText()).isEqualTo("Saved. New requests will be offered to you only at these times, "
				+ "in your programme’s time zone.\nDays: "
				+ today.getDisplayName(TextStyle.FULL_STANDALONE, Locale.ENGLISH)
				+ ".\nTime of day: morning (8–12).\nQuiet hours: 23:00–7:00.");
		Map<String, Object> details = this.volunteers.find("V-evening").orElseThrow().details();
		assertThat(details).containsEntry("days", List.of(today.name().substring(0, 3).toLowerCase(Locale.ROOT)))
			.containsEntry("hours", List.of("morning"))
			.containsEntry("quietHours", "23-07")
			.containsEntry("realName", "Real Name V-evening");
		assertThat(hours("V-evening").now()).as("morning, at 9:30").isTrue();

		Person participant = new Person(telegram, this.mongo, 15001, "en");
		OnboardingWalk.ENGLISH.complete(participant, "Quiet Heron");
		participant.says("/help_request");
		participant.presses("Medicine");
		participant.says("Paracetamol");
		participant.says("one pack");
		participant.presses("Skip this question");
		participant.presses("Today");
		HelpRequest request = this.requests.activeOf(15001).get(0);

		assertThat(request.offers()).extracting(HelpRequest.Offer::volunteerId).contains("V-evening");
		await().until(() -> vera.texts()
			.stream()
			.anyMatch((text) -> text.startsWith("🆕 Request No. " + request.number() + ": Medicine")));
	}

	private VolunteerCaseload.Hours hours(String id) {
		return this.caseload.of(this.volunteers.find(id).orElseThrow(), List.of(PROGRAMME)).hours();
	}

	private Person volunteer(long chatId, String id) {
		Map<String, Object> details = new HashMap<>(Map.of("realName", "Real Name " + id, "skills", List.of("medicine"),
				"languages", List.of("en"), "maxOpenRequests", 5, "hours", List.of("evening"), "quietHours", "none"));
		this.volunteers.submit(new Volunteer(id, chatId, "en", PROGRAMME, details, VolunteerStatus.APPROVED,
				"volunteer-signup@2", Instant.now(), Instant.now(), null, Instant.now(), Volunteer.SCHEMA_VERSION));
		Person person = new Person(telegram, this.mongo, chatId, "en");
		person.says("/help");
		return person;
	}

}
