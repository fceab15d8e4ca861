package org.peersupport.e2e;

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
import org.peersupport.requests.RelayBlock;
import org.peersupport.requests.RelayBlocking;
import org.peersupport.requests.RequestDesk;
import org.peersupport.requests.RequestOffers;
import org.peersupport.requests.RequestStatus;
import org.peersupport.requests.RequestView;
import org.peersupport.requests.Urgency;
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
import static org.awaitility.Awaitility.await;

/**
 * Staff block one side of a relay: the relay ends, the blocked person is told plainly and
 * the other side that the conversation ended; a blocked volunteer is offered and can take
 * nothing, a blocked participant's request waits for the team while the crisis answer
 * still reaches them; lifting the block tells the person and lets them back.
 */
@SpringBootTest(classes = BotTestApplication.class, properties = "peer.messaging.rate.enabled=false")
@Import(HelpRequestClaimEndToEndTests.SteppingClock.class)
@MemoryStore
class RelayBlockEndToEndTests {

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
	RelayBlocking blocking;

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
	void aBlockedVolunteerLeavesTheRelayIsOfferedNothingAndIsLetBackWhenLifted() {
		Person first = volunteer(15201, "V-block-1");
		Person second = volunteer(15202, "V-block-2");
		Person participant = new Person(telegram, this.mongo, 15203, "en");
		OnboardingWalk.ENGLISH.complete(participant, "Grey Heron");
		participant.says("is anybody there?");
		HelpRequest request = this.requests.activeOf(15203).get(0);
		String number = String.valueOf(request.number());
		String offer = "🆕 Request No. " + number + ": Talk to a person, today.\nFrom: Grey Heron";
		await().until(() -> first.texts().contains(offer) && second.texts().contains(offer));
		first.presses("✋ Take it");
		participant.sees("A volunteer has taken your request No. " + number + ".");
		// Another request, offered to both before the block.
		HelpRequest other = this.requests.create("R-block-other", 15291, PROGRAMME, "talk", Urgency.TODAY, null, null,
				"en", false, this.clock.instant());
		this.offers.sendDue();
		await().until(() -> first.texts()
			.stream()
			.anyMatch((text) -> text.startsWith("🆕 Request No. " + other.number() + ":")));
		first.says("Hello, I am here");
		assertThat(participant.lastText()).isEqualTo("💬 Volunteer (request No. " + number + "):\nHello, I am here");

		assertThat(this.blocking.block(request.number(), RelayBlock.Side.VOLUNTEER, List.of("recovery"), "staff-1"))
			.as("out of the staff member's programmes")
			.isFalse();
		assertThat(this.blocking.block(request.number(), RelayBlock.Side.VOLUNTEER, List.of(PROGRAMME), "staff-1"))
			.isTrue();
		await().until(() -> first.texts()
			.contains("Our team has stopped your conversations through the bot (request No. " + number
					+ "). Until the team lifts this stop, I will not offer or give you requests."));
		await().until(() -> participant.texts()
			.contains("The conversation about your request No. " + number
					+ " has ended: the volunteer can no longer help with it. It is offered to other volunteers"
					+ " again; when one takes it, I will tell you here."));
		// Back in the queue: offered again to the other volunteer only (their first offer
		// was edited to "taken" at the claim).
		await().until(() -> second.texts().contains(offer));
		assertThat(first.texts()).doesNotContain(offer);
		HelpRequest ended = this.requests.find(request.id()).orElseThrow();
		assertThat(ended.status()).isEqualTo(RequestStatus.OPEN);
		assertThat(ended.claimedBy()).isNull();
		assertThat(ended.history()).singleElement()
			.extracting(HelpRequest.Move::kind, HelpRequest.Move::volunteerId, HelpRequest.Move::reason)
			.containsExactly("blocked-volunteer", "V-block-1", "staff-1");

		// What they write now goes nowhere; the other request's offer cannot be taken.
		first.says("Are you still there?");
		assertThat(participant.texts()).noneMatch((text) -> text.contains("Are you still there?"));
		first.presses("✋ Take it");
		assertThat(telegram.emulator().users().callbackAnswers(15201)).extracting(CallbackAnswer::text)
			.contains("Our team has stopped you from taking requests for now.");
		assertThat(this.requests.find(other.id()).orElseThrow().status()).isEqualTo(RequestStatus.OPEN);
		assertThat(this.desk.volunteersFor(request.number(), null)).extracting(RequestDesk.Candidate::id)
			.contains("V-block-2")
			.doesNotContain("V-block-1");
		assertThat(this.blocking.blocksOf(request.number(), List.of(PROGRAMME)))
			.extracting(RelayBlocking.Block::side, RelayBlocking.Block::volunteerId)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(RelayBlock.Side.VOLUNTEER, "V-block-1"));
		assertThat(this.blocking.blocksOf(request.number(), List.of("recovery"))).isEmpty();

		assertThat(this.blocking.lift(request.number(), RelayBlock.Side.VOLUNTEER, List.of("recovery"))).isFalse();
		assertThat(this.blocking.lift(request.number(), RelayBlock.Side.VOLUNTEER, null)).isTrue();
		assertThat(this.blocking.lift(request.number(), RelayBlock.Side.VOLUNTEER, null)).as("once").isFalse();
		await().until(() -> first.texts().contains("Our team has lifted the stop: I can offer you requests again."));
		assertThat(this.desk.volunteersFor(request.number(), null)).extracting(RequestDesk.Candidate::id)
			.contains("V-block-1", "V-block-2");
		RequestView view = this.desk.view(request.number(), null).orElseThrow();
		assertThat(view.moves()).singleElement()
			.extracting(RequestView.Move::kind, RequestView.Move::staffId)
			.containsExactly("blocked-volunteer", "staff-1");
	}

	@Test
	void aBlockedParticipantsRequestWaitsForTheTeamAndTheirCrisisWordsAreStillAnswered() {
		Person helper = volunteer(15301, "V-block-3");
		Person participant = new Person(telegram, this.mongo, 15303, "en");
		OnboardingWalk.ENGLISH.complete(participant, "Red Kite");
		participant.says("please talk to me");
		HelpRequest request = this.requests.activeOf(15303).get(0);
		String number = String.valueOf(request.number());
		await().until(() -> helper.texts().stream().anyMatch((text) -> text.startsWith("🆕 Request No. " + number)));
		helper.presses("✋ Take it");
		participant.sees("A volunteer has taken your request No. " + number + ".");

		assertThat(this.blocking.block(request.number(), RelayBlock.Side.PARTICIPANT, null, "staff-2")).isTrue();
		assertThat(this.blocking.block(request.number(), RelayBlock.Side.PARTICIPANT, null, "staff-2"))
			.as("nothing left to stop")
			.isFalse();
		await().until(() -> participant.texts()
			.contains("Our team has ended the conversation about your request No. " + number
					+ ". For now your messages do not go to volunteers: your requests wait for our team. If you are"
					+ " in danger, call 112. If you write about it here, I will still send you the numbers to call"
					+ " and tell the team."));
		await().until(() -> helper.texts()
			.contains("Our team has ended the conversation about request No. " + number
					+ ". Your messages are no longer passed on. Thank you for your help."));
		HelpRequest waiting = this.requests.find(request.id()).orElseThrow();
		assertThat(waiting.status()).isEqualTo(RequestStatus.OPEN);
		assertThat(waiting.offers()).as("offered to nobody").isEmpty();
		assertThat(waiting.moderatorsAt()).as("the team was alerted").isNotNull();
		assertThat(this.desk.volunteersFor(request.number(), null)).isEmpty();

		participant.says("hello, is the volunteer there?");
		assertThat(helper.texts()).noneMatch((text) -> text.contains("is the volunteer there?"));
		// No request a volunteer would take is named: the team is told instead.
		assertThat(participant.lastText()).startsWith("Thank you for writing to me.")
			.contains("I’ve let our team know that you would like to talk to a person");
		assertThat(this.requests.activeOf(15303)).singleElement()
			.extracting(HelpRequest::number)
			.isEqualTo(request.number());
		participant.says("I want to kill myself");
		assertThat(participant.texts()).anyMatch((text) -> text.contains("112"));
		assertThat(helper.texts()).noneMatch((text) -> text.contains("kill myself"));

		participant.says("/mydata");
		assertThat(participant.texts())
			.anyMatch((text) -> text.contains("Our team has stopped your messages from going to volunteers for now."));

		// A new request says it waits for the team, not that a volunteer will take it.
		participant.says("/help_request");
		participant.presses("Talk to a person");
		participant.presses("Today");
		HelpRequest held = this.requests.activeOf(15303)
			.stream()
			.filter((candidate) -> candidate.number() != request.number())
			.findFirst()
			.orElseThrow();
		participant.sees("Your request No. " + held.number() + " (Talk to a person) is saved. For now it waits for"
				+ " our team: volunteers do not get your requests until the team lifts the stop.");
		assertThat(participant.texts())
			.noneMatch((text) -> text.contains("No. " + held.number()) && text.contains("When a volunteer takes it"));

		assertThat(this.blocking.lift(request.number(), RelayBlock.Side.PARTICIPANT, null)).isTrue();
		await().until(() -> participant.texts()
			.contains("Our team has lifted the stop: your requests are offered to volunteers again."));
		assertThat(this.desk.volunteersFor(request.number(), null)).extracting(RequestDesk.Candidate::id)
			.contains("V-block-3");
	}

	private Person volunteer(long chatId, String id) {
		Map<String, Object> details = new HashMap<>(Map.of("realName", "Real Name " + id, "skills", List.of("time"),
				"languages", List.of("en"), "maxOpenRequests", 5, "quietHours", "none"));
		this.volunteers.submit(new Volunteer(id, chatId, "en", PROGRAMME, details, VolunteerStatus.APPROVED,
				"volunteer-signup@2", Instant.now(), Instant.now(), null, Instant.now(), Volunteer.SCHEMA_VERSION));
		Person person = new Person(telegram, this.mongo, chatId, "en");
		person.says("/help");
		return person;
	}

}
