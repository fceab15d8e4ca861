package org.peersupport.e2e;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.peersupport.BotTestApplication;
import org.peersupport.participants.Volunteer;
import org.peersupport.participants.VolunteerStatus;
import org.peersupport.participants.Volunteers;
import org.peersupport.requests.HelpRequest;
import org.peersupport.requests.HelpRequests;
import org.peersupport.requests.RequestDesk;
import org.peersupport.requests.RequestOffers;
import org.peersupport.requests.RequestOutcome;
import org.peersupport.requests.RequestStage;
import org.peersupport.requests.RequestView;
import org.peersupport.requests.RequestStatus;
import org.peersupport.requests.Urgency;
import org.peersupport.sandbox.EmulatorLimits;
import org.peersupport.store.MemoryStore;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * A request changes hands: the volunteer who took it gives it back with a reason (it is
 * offered again to the others, not to them), and staff give it to a chosen volunteer of
 * its programme or close it; everyone concerned is told.
 */
@SpringBootTest(classes = BotTestApplication.class, properties = "peer.messaging.rate.enabled=false")
@Import(HelpRequestClaimEndToEndTests.SteppingClock.class)
@MemoryStore
class RequestHandsEndToEndTests {

	static final EmulatorFixture telegram = EmulatorFixture.start(EmulatorLimits.off());

	static final String PROGRAMME = "women-after-prison";

	@Autowired
	MongoOperations mongo;

	@Autowired
	Volunteers volunteers;

	@Autowired
	HelpRequests requests;

	@Autowired
	RequestDesk desk;

	@Autowired
	RequestOffers offers;

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
	void theVolunteerGivesARequestBackAndStaffGiveItToAnotherAndCloseIt() {
		Person first = volunteer(14201, "V-hands-1", PROGRAMME);
		Person second = volunteer(14202, "V-hands-2", PROGRAMME);
		volunteer(14204, "V-hands-elsewhere", "recovery");
		Person participant = new Person(telegram, this.mongo, 14203, "en");
		OnboardingWalk.ENGLISH.complete(participant, "Blue Finch");
		participant.says("is anybody there?");
		HelpRequest request = this.requests.activeOf(14203).get(0);
		String number = String.valueOf(request.number());
		String offer = "🆕 Request No. " + number + ": Talk to a person, today.\nFrom: Blue Finch";
		await().until(() -> first.texts().contains(offer) && second.texts().contains(offer));

		first.presses("✋ Take it");
		participant.sees("A volunteer has taken your request No. " + number + ".");
		assertThat(second.texts()).doesNotContain(offer);

		// Given back with a reason: open again, offered to the other one only.
		first.says("/release");
		assertThat(first.lastText()).startsWith("Why do you give back request No. " + number + "?");
		first.presses("We could not get in touch");
		assertThat(first.texts())
			.contains("You gave back request No. " + number + ". Thank you: it is offered to other volunteers now.");
		participant.sees("The volunteer can no longer help with your request No. " + number + ".");
		await().until(() -> second.texts().contains(offer));
		assertThat(first.texts()).doesNotContain(offer);
		HelpRequest released = this.requests.find(request.id()).orElseThrow();
		assertThat(released.status()).isEqualTo(RequestStatus.OPEN);
		assertThat(released.history()).singleElement().satisfies((move) -> {
			assertThat(move.kind()).isEqualTo("released");
			assertThat(move.volunteerId()).isEqualTo("V-hands-1");
			assertThat(move.reason()).isEqualTo("contact");
		});
		first.says("/release");
		assertThat(first.lastText()).isEqualTo("You have no request you took that is still open.");

		// Staff give it to the first volunteer, then to the second; not to one of another
		// programme, nor outside the staff member's programmes.
		assertThat(this.desk.reassign(request.number(), "V-hands-elsewhere", null, "staff-1")).isFalse();
		assertThat(this.desk.reassign(request.number(), "V-hands-1", List.of("recovery"), "staff-1")).isFalse();
		assertThat(this.desk.reassign(request.number(), "V-hands-1", List.of(PROGRAMME), "staff-1")).isTrue();
		await().until(() -> first.texts()
			.stream()
			.anyMatch((text) -> text.contains("🤝 Our team gave you request No. " + number + ".")));
		await().until(() -> participant.texts()
			.contains("Another volunteer now helps with your request No. " + number
					+ ". Write here and I will pass your messages on."));
		// The second one's open offer now says it was taken, as their first one did.
		String taken = "Request No. " + number + " was taken by another volunteer. Thank you for being ready to help!";
		await().until(() -> second.texts().stream().filter(taken::equals).count() == 2);
		assertThat(second.texts()).doesNotContain(offer);
		first.says("Hello again");
		assertThat(participant.lastText()).isEqualTo("💬 Volunteer (request No. " + number + "):\nHello again");

		assertThat(this.desk.reassign(request.number(), "V-hands-2", null, "staff-1")).isTrue();
		await().until(() -> first.texts()
			.contains("Our team gave request No. " + number + " to another volunteer. Thank you for your help."));
		await().until(() -> second.texts()
			.stream()
			.anyMatch((text) -> text.contains("🤝 Our team gave you request No. " + number + ".")));
		participant.says("Who is there now?");
		assertThat(second.lastText()).isEqualTo("💬 Blue Finch (request No. " + number + "):\nWho is there now?");
		assertThat(first.texts()).noneMatch((text) -> text.contains("Who is there now?"));

		assertThat(this.desk.volunteersFor(request.number(), null)).extracting(RequestDesk.Candidate::name)
			.containsExactly("Real Name V-hands-1");
		assertThat(this.desk.volunteersFor(request.number(), List.of("recovery"))).isEmpty();
		assertThat(this.desk.close(request.number(), RequestOutcome.REFERRED, List.of("recovery"), "staff-2"))
			.isFalse();
		assertThat(this.desk.close(request.number(), RequestOutcome.REFERRED, null, "staff-2")).isTrue();
		assertThat(this.desk.close(request.number(), RequestOutcome.HELPED, null, "staff-2")).as("once").isFalse();
		await().until(() -> participant.texts()
			.contains("Our team closed your request No. " + number + ". Send /help_request if you need help again."));
		await().until(
				() -> second.texts().contains("Our team closed request No. " + number + ". Thank you for your help."));
		assertThat(this.requests.find(request.id()).orElseThrow().status()).isEqualTo(RequestStatus.RESOLVED);
		RequestView closed = this.desk.view(request.number(), List.of(PROGRAMME)).orElseThrow();
		assertThat(closed.stage()).isEqualTo(RequestStage.CLOSED);
		assertThat(closed.outcome()).isEqualTo(RequestOutcome.REFERRED);
		assertThat(closed.pseudonym()).isEqualTo("Blue Finch");
		assertThat(closed.moves())
			.extracting(RequestView.Move::kind, RequestView.Move::volunteerName, RequestView.Move::reason,
					RequestView.Move::staffId)
			.containsExactly(tuple("released", "Real Name V-hands-1", "contact", null),
					tuple("reassigned", "Real Name V-hands-1", null, "staff-1"),
					tuple("reassigned", "Real Name V-hands-2", null, "staff-1"),
					tuple("closed", "Real Name V-hands-2", null, "staff-2"));
		assertThat(this.desk.view(request.number(), List.of("recovery"))).isEmpty();
	}

	@Test
	void aPausedVolunteerIsOfferedNothingUntilTheyResumeAndMyRequestsListsBothSides() {
		Person volunteer = volunteer(14301, "V-pause", "recovery");
		volunteer.says("/pause");
		assertThat(volunteer.lastText()).startsWith("You are paused: I will not offer you new requests.");
		HelpRequest request = this.requests.create("R-pause-1", 14391, "recovery", "talk", Urgency.TODAY, null, null,
				"en", false, this.clock.instant());
		this.offers.sendDue();
		volunteer.says("/myrequests");
		assertThat(volunteer.lastText()).isEqualTo("You have no open request you took.\n\n"
				+ "You are paused: I do not offer you new requests. Send /resume to get them again.");
		assertThat(volunteer.texts()).noneMatch((text) -> text.startsWith("🆕"));

		volunteer.says("/resume");
		assertThat(volunteer.lastText()).isEqualTo("Welcome back: I offer you new requests again.");
		this.clock.advance(Duration.ofMinutes(11));
		this.offers.sendDue();
		await().until(() -> volunteer.texts()
			.stream()
			.anyMatch((text) -> text.startsWith("🆕 Request No. " + request.number())));
		volunteer.presses("✋ Take it");
		volunteer.says("/myrequests");
		assertThat(volunteer.lastText())
			.isEqualTo("Requests you took:\n• No. " + request.number() + ": Talk to a person, today");

		// A pause staff chose is not the volunteer's to end.
		this.volunteers.changeStatus("V-pause", List.of(VolunteerStatus.APPROVED), VolunteerStatus.PAUSED,
				this.clock.instant());
		volunteer.says("/resume");
		assertThat(volunteer.lastText()).isEqualTo("Our team has paused you, so only they can resume you.");
		assertThat(this.volunteers.find("V-pause").orElseThrow().status()).isEqualTo(VolunteerStatus.PAUSED);
	}

	@Test
	void aParticipantsMyRequestsListsTheirOpenRequests() {
		Person participant = new Person(telegram, this.mongo, 14302, "en");
		OnboardingWalk.ENGLISH.complete(participant, "Green Owl");
		participant.says("/myrequests");
		assertThat(participant.lastText()).isEqualTo("You have no open requests.");
		participant.says("I would like to talk");
		long number = this.requests.activeOf(14302).get(0).number();
		participant.says("/myrequests");
		assertThat(participant.lastText())
			.isEqualTo("Your open requests:\n• No. " + number + ": Talk to a person, today (waiting for a volunteer)");
		assertThat(participant.lastButtons()).containsExactly("Cancel request No. " + number);
	}

	private Person volunteer(long chatId, String id, String programme) {
		Map<String, Object> details = new HashMap<>(Map.of("realName", "Real Name " + id, "skills", List.of("time"),
				"languages", List.of("en"), "maxOpenRequests", 5, "quietHours", "none"));
		this.volunteers.submit(new Volunteer(id, chatId, "en", programme, details, VolunteerStatus.APPROVED,
				"volunteer-signup@2", Instant.now(), Instant.now(), null, Instant.now(), Volunteer.SCHEMA_VERSION));
		Person person = new Person(telegram, this.mongo, chatId, "en");
		person.says("/help");
		return person;
	}

}
