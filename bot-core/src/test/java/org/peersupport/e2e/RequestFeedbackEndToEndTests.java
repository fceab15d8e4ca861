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
import org.peersupport.requests.RequestStatus;
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
 * The word a participant may leave after rating the help: "No, thanks" ends the wait (the
 * next message is not kept), a word with crisis words gets the crisis answer and is not
 * kept, and {@code /forget} erases a kept word with the request.
 */
@SpringBootTest(classes = BotTestApplication.class, properties = "peer.messaging.rate.enabled=false")
@Import(HelpRequestClaimEndToEndTests.SteppingClock.class)
@MemoryStore
class RequestFeedbackEndToEndTests {

	static final EmulatorFixture telegram = EmulatorFixture.start(EmulatorLimits.off());

	static final String PROGRAMME = "women-after-prison";

	@Autowired
	MongoOperations mongo;

	@Autowired
	Volunteers volunteers;

	@Autowired
	HelpRequests requests;

	@DynamicPropertySource
	static void pointAtEmulator(DynamicPropertyRegistry registry) {
		telegram.register(registry);
	}

	@AfterAll
	static void stopEmulator() {
		telegram.close();
	}

	@Test
	void noThanksEndsTheWaitAndTheNextMessageIsNotKept() {
		Person participant = rated(16101, 16102, "Blue Finch");
		participant.presses("No, thanks");
		participant.sees("All right. Thank you for your rating.");
		participant.says("I also wanted to say something");
		// (a stray message after the wait is what it was before: here, a new request)
		HelpRequest request = resolved(16101);
		assertThat(request.rating()).isEqualTo(5);
		assertThat(request.feedback()).isNull();
		assertThat(participant.texts()).noneMatch((text) -> text.startsWith("Thank you. Your words are kept"));
	}

	@Test
	void aWordWithCrisisWordsIsAnsweredAndNotKeptAndAKeptWordIsErasedWithTheRequest() {
		Person participant = rated(16201, 16202, "Green Wren");
		participant.says("Sometimes I just want to die");
		await().until(() -> participant.texts()
			.stream()
			.anyMatch((text) -> text.contains("you don’t have to face it alone")));
		assertThat(resolved(16201).feedback()).isNull();
		assertThat(participant.texts()).noneMatch((text) -> text.startsWith("Thank you. Your words are kept"));

		Person other = rated(16301, 16302, "Red Robin");
		other.says("It helped a lot");
		other.sees("Thank you. Your words are kept with the request, and the team will read them.");
		assertThat(resolved(16301).feedback()).isEqualTo("It helped a lot");
		other.says("/forget").presses("Yes, erase everything");
		await().until(() -> this.requests.ofChat(16301).isEmpty());
	}

	private HelpRequest resolved(long participantChat) {
		return this.requests.ofChat(participantChat)
			.stream()
			.filter((request) -> request.status() == RequestStatus.RESOLVED)
			.findFirst()
			.orElseThrow();
	}

	/** A participant whose talk request a volunteer took, ended and who rated it 5. */
	private Person rated(long participantChat, long volunteerChat, String pseudonym) {
		Person volunteer = volunteer(volunteerChat, "V-feedback-" + volunteerChat);
		Person participant = new Person(telegram, this.mongo, participantChat, "en");
		OnboardingWalk.ENGLISH.complete(participant, pseudonym);
		participant.says("is anybody there?");
		HelpRequest request = this.requests.activeOf(participantChat).get(0);
		String number = String.valueOf(request.number());
		await().until(() -> volunteer.texts().stream().anyMatch((text) -> text.startsWith("🆕 Request No. " + number)));
		volunteer.presses("✋ Take it");
		participant.sees("A volunteer has taken your request No. " + number + ".");
		volunteer.says("/end");
		participant.presses("5");
		participant.sees("Thank you! You rated the help 5 out of 5.");
		return participant;
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
