package org.peersupport.e2e;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.peersupport.BotTestApplication;
import org.peersupport.participants.Volunteer;
import org.peersupport.participants.VolunteerStatus;
import org.peersupport.participants.Volunteers;
import org.peersupport.requests.HelpRequest;
import org.peersupport.requests.HelpRequests;
import org.peersupport.requests.RequestOffers;
import org.peersupport.requests.SilenceReminders;
import org.peersupport.requests.Urgency;
import org.peersupport.safety.Alerts;
import org.peersupport.safety.ModeratorAlerts;
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
 * The final wave: a request nobody can take, or one left untaken longer than its urgency
 * allows, reaches the moderators once (their chat and the panel's list) and every
 * matching volunteer who may be sent it; one made at night is offered when a volunteer's
 * hours begin.
 */
@SpringBootTest(classes = BotTestApplication.class, properties = "peer.messaging.rate.enabled=false")
@Import(HelpRequestClaimEndToEndTests.SteppingClock.class)
@MemoryStore
class RequestEscalationEndToEndTests {

	static final EmulatorFixture telegram = EmulatorFixture.start(EmulatorLimits.off());

	static final long MODERATORS = telegram.emulator().users().createGroup("Moderators");

	@Autowired
	MongoOperations mongo;

	@Autowired
	Volunteers volunteers;

	@Autowired
	HelpRequests requests;

	@Autowired
	RequestOffers offers;

	@Autowired
	Alerts alerts;

	@Autowired
	SilenceReminders reminders;

	@Autowired
	HelpRequestClaimEndToEndTests.MovableClock clock;

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
	void aRequestNobodyMatchesReachesTheModeratorsAtOnceAndOnce() {
		HelpRequest request = this.requests.create("R-esc-1", 15091, "recovery", "legal", Urgency.WHENEVER, null, null,
				"en", false, this.clock.instant());
		this.offers.sendDue();
		String alert = "⏳ No volunteer has taken help request No. " + request.number() + " of ";
		await().until(() -> telegram.texts(MODERATORS).stream().anyMatch((text) -> text.startsWith(alert)));
		assertThat(this.requests.find(request.id()).orElseThrow().moderatorsAt()).isNotNull();
		assertThat(this.alerts.list(null, true, 50))
			.anyMatch((kept) -> kept.chatId() == 15091 && kept.reason() == ModeratorAlerts.Reason.REQUEST_WAITING);

		this.clock.advance(Duration.ofMinutes(11));
		this.offers.sendDue();
		this.clock.advance(Duration.ofMinutes(11));
		this.offers.sendDue();
		await().until(this::nothingWaiting);
		assertThat(telegram.texts(MODERATORS)).filteredOn((text) -> text.startsWith(alert)).hasSize(1);
	}

	@Test
	void aRequestLeftUntakenPastItsUrgencysLimitReachesTheModeratorsAndIsOfferedWhenHoursBegin() {
		Person quiet = volunteer(15101, "V-quiet-esc", Map.of("quietHours", "00-24"));
		HelpRequest request = this.requests.create("R-esc-2", 15092, "women-after-prison", "talk", Urgency.TODAY, null,
				null, "en", false, this.clock.instant());
		String alert = "⏳ No volunteer has taken help request No. " + request.number() + " of ";
		this.offers.sendDue();
		await().until(this::nothingWaiting);
		assertThat(telegram.texts(MODERATORS)).noneMatch((text) -> text.startsWith(alert));
		assertThat(quiet.texts()).noneMatch((text) -> text.startsWith("🆕"));

		this.clock.advance(Duration.ofMinutes(61));
		this.offers.sendDue();
		await().until(() -> telegram.texts(MODERATORS).stream().anyMatch((text) -> text.startsWith(alert)));
		assertThat(quiet.texts()).as("still in quiet hours").noneMatch((text) -> text.startsWith("🆕"));

		// The volunteer's hours begin: the next look offers it.
		this.volunteers.updateDetails("V-quiet-esc", VolunteerStatus.APPROVED, Map.of("quietHours", "none"),
				this.clock.instant());
		this.clock.advance(Duration.ofMinutes(11));
		this.offers.sendDue();
		await().until(
				() -> quiet.texts().stream().anyMatch((text) -> text.startsWith("🆕 Request No. " + request.number())));
	}

	@Test
	void aVolunteerSilentAfterTakingARequestIsRemindedThenTheModeratorsAreAlerted() {
		Person volunteer = volunteer(15201, "V-silent", Map.of());
		HelpRequest request = this.requests.create("R-silent-1", 15093, "women-after-prison", "talk", Urgency.TODAY,
				null, null, "en", false, this.clock.instant());
		this.offers.sendDue();
		await().until(() -> volunteer.texts()
			.stream()
			.anyMatch((text) -> text.startsWith("🆕 Request No. " + request.number())));
		volunteer.presses("✋ Take it");
		String reminder = "⏰ You took request No. " + request.number() + " and have not written";
		String alert = "⏰ The volunteer who took help request No. " + request.number() + " of ";

		// Writing in time puts the reminder off.
		this.clock.advance(Duration.ofHours(47));
		volunteer.says("Hello, I am here");
		this.clock.advance(Duration.ofHours(2));
		this.reminders.sendDue();
		await().until(this::nothingWaiting);
		assertThat(volunteer.texts()).noneMatch((text) -> text.startsWith(reminder));

		this.clock.advance(Duration.ofHours(47));
		this.reminders.sendDue();
		await().until(() -> volunteer.texts().stream().anyMatch((text) -> text.startsWith(reminder)));
		assertThat(telegram.texts(MODERATORS)).noneMatch((text) -> text.startsWith(alert));

		this.clock.advance(Duration.ofHours(49));
		this.reminders.sendDue();
		await().until(() -> telegram.texts(MODERATORS).stream().anyMatch((text) -> text.startsWith(alert)));
		this.clock.advance(Duration.ofDays(5));
		this.reminders.sendDue();
		await().until(this::nothingWaiting);
		assertThat(volunteer.texts()).filteredOn((text) -> text.startsWith(reminder)).hasSize(1);
		assertThat(telegram.texts(MODERATORS)).filteredOn((text) -> text.startsWith(alert)).hasSize(1);
	}

	private Person volunteer(long chatId, String id, Map<String, Object> overrides) {
		Map<String, Object> details = new HashMap<>(Map.of("realName", "Real Name " + id, "skills", List.of("time"),
				"languages", List.of("en"), "maxOpenRequests", 5, "quietHours", "none"));
		details.putAll(overrides);
		this.volunteers.submit(new Volunteer(id, chatId, "en", "women-after-prison", details, VolunteerStatus.APPROVED,
				"volunteer-signup@2", Instant.now(), Instant.now(), null, Instant.now(), Volunteer.SCHEMA_VERSION));
		Person person = new Person(telegram, this.mongo, chatId, "en");
		person.says("/help");
		return person;
	}

	private boolean nothingWaiting() {
		return this.mongo.getCollection("outbox").countDocuments(new Document("state", "PENDING")) == 0;
	}

}
