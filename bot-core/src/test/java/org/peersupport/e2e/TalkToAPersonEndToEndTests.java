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
import org.peersupport.requests.RequestOffers;
import org.peersupport.requests.RequestStatus;
import org.peersupport.requests.Urgency;
import org.peersupport.safety.Alerts;
import org.peersupport.sandbox.EmulatorLimits;
import org.peersupport.store.MemoryStore;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * "A person will write to you" is kept: words a participant writes outside any
 * conversation, and a question answered badly too often, open a "talk to a person"
 * request that a volunteer takes and answers through the relay.
 */
@SpringBootTest(classes = BotTestApplication.class, properties = "peer.messaging.rate.enabled=false")
@MemoryStore
class TalkToAPersonEndToEndTests {

	static final EmulatorFixture telegram = EmulatorFixture.start(EmulatorLimits.off());

	static final String PROGRAMME = "women-after-prison";

	@Autowired
	MongoOperations mongo;

	@Autowired
	Volunteers volunteers;

	@Autowired
	HelpRequests requests;

	@Autowired
	Alerts alerts;

	@Autowired
	RequestOffers offers;

	@DynamicPropertySource
	static void pointAtEmulator(DynamicPropertyRegistry registry) {
		telegram.register(registry);
	}

	@AfterAll
	static void stopEmulator() {
		telegram.close();
	}

	@Test
	void freeTextOpensATalkRequestThatAVolunteerTakesAndAnswersThroughTheRelay() {
		Person volunteer = volunteer(14101, "V-talk");
		Person participant = new Person(telegram, this.mongo, 14001, "en");
		OnboardingWalk.ENGLISH.complete(participant, "Quiet Heron");

		participant.says("hello, is anyone there?");
		HelpRequest request = this.requests.activeOf(14001).get(0);
		String number = String.valueOf(request.number());
		assertThat(request.category()).isEqualTo("talk");
		assertThat(request.summary()).as("their words are not stored nor shown").isNull();
		assertThat(participant.lastText()).startsWith("Thank you for writing to me.")
			.contains("request No. " + number)
			.contains("When a volunteer takes it, I will tell you here");
		String offer = "🆕 Request No. " + number + ": Talk to a person, today.\nFrom: Quiet Heron";
		await().until(() -> volunteer.texts().contains(offer));
		assertThat(this.alerts.chatsWaitingForSomeone(null)).contains(14001L);

		participant.says("please, I would like to talk");
		assertThat(participant.lastText()).contains("request No. " + number);
		assertThat(this.requests.ofChat(14001)).as("the open one is named again").hasSize(1);

		volunteer.presses("✋ Take it");
		participant.sees("A volunteer has taken your request No. " + number + ".");
		volunteer.says("Hello, I am here. How are you?");
		assertThat(participant.lastText())
			.isEqualTo("💬 Volunteer (request No. " + number + "):\nHello, I am here. How are you?");
		participant.says("Better now");
		assertThat(volunteer.lastText()).isEqualTo("💬 Quiet Heron (request No. " + number + "):\nBetter now");
	}

	@Test
	void theTalkButtonOfACrisisAnswerOpensATalkRequestInCrisisThatAVolunteerTakes() {
		Person volunteer = volunteer(14104, "V-talk-3");
		Person participant = new Person(telegram, this.mongo, 14004, "en");
		OnboardingWalk.ENGLISH.complete(participant, "Still Lake");

		participant.says("I want to kill myself");
		await().until(() -> participant.lastButtons().contains("🙋 I want to talk to a person"));
		participant.presses("🙋 I want to talk to a person");

		HelpRequest request = await().until(() -> this.requests.activeOf(14004), (made) -> !made.isEmpty()).get(0);
		String number = String.valueOf(request.number());
		assertThat(request.category()).isEqualTo("talk");
		assertThat(request.crisis()).isTrue();
		assertThat(participant.lastText()).startsWith("Our team knows that you want to talk to a person now")
			.contains("request No. " + number)
			.endsWith("please call 112.");
		await().until(() -> volunteer.texts().stream().anyMatch((text) -> text.startsWith("🆕 Request No. " + number)));
		volunteer.presses("✋ Take it");
		participant.sees("A volunteer has taken your request No. " + number + ".");
	}

	@Test
	void aQuestionAnsweredBadlyTooOftenOpensATalkRequest() {
		Person volunteer = volunteer(14102, "V-talk-2");
		Person participant = new Person(telegram, this.mongo, 14002, "en");
		OnboardingWalk.ENGLISH.complete(participant, "Red Fox");
		participant.says("/help_request");
		participant.presses("Something else");
		participant.says("Someone to help me fill in a form");
		participant.says("Lublin");
		participant.says("a").says("b").says("c").says("d");

		List<HelpRequest> made = this.requests.activeOf(14002);
		assertThat(made).singleElement().satisfies((request) -> {
			assertThat(request.category()).isEqualTo("talk");
			assertThat(request.status()).isEqualTo(RequestStatus.OPEN);
		});
		String number = String.valueOf(made.get(0).number());
		assertThat(participant.texts()).anyMatch((text) -> text.startsWith("Let’s stop here for now")
				&& text.contains("request No. " + number) && text.endsWith("Send /start whenever you want to go on."));
		await().until(() -> volunteer.texts().stream().anyMatch((text) -> text.startsWith("🆕 Request No. " + number)));
		volunteer.presses("✋ Take it");
		participant.sees("A volunteer has taken your request No. " + number + ".");
	}

	@Test
	void aRequestOfAParticipantInCrisisIsOfferedBeforeOlderOnes() {
		Person volunteer = volunteer(14103, "V-order", "recovery");
		Instant now = Instant.now();
		HelpRequest older = this.requests.create("R-order-1", 14091, "recovery", "talk", Urgency.TODAY, null, null,
				"en", false, now.minusSeconds(600));
		HelpRequest crisis = this.requests.create("R-order-2", 14092, "recovery", "talk", Urgency.TODAY, null, null,
				"en", true, now.minusSeconds(60));
		this.offers.sendDue();
		await().until(() -> volunteer.texts().stream().filter((text) -> text.startsWith("🆕")).count() == 2);
		assertThat(volunteer.texts()).filteredOn((text) -> text.startsWith("🆕"))
			.satisfiesExactly((first) -> assertThat(first).startsWith("🆕 Request No. " + crisis.number() + ":"),
					(second) -> assertThat(second).startsWith("🆕 Request No. " + older.number() + ":"));
	}

	private Person volunteer(long chatId, String id) {
		return volunteer(chatId, id, PROGRAMME);
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
