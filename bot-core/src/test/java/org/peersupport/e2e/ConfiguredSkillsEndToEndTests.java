package org.peersupport.e2e;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.peersupport.BotTestApplication;
import org.peersupport.participants.Volunteer;
import org.peersupport.requests.HelpRequests;
import org.peersupport.store.MemoryStore;
import org.peersupport.volunteers.VolunteerService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.awaitility.Awaitility.await;

/**
 * One list of skills from configuration ({@code peer.volunteers.skills}): a seventh skill
 * an NGO adds is a button of the volunteer sign-up, is kept on the volunteer, and a
 * request category that names it is offered to that volunteer.
 */
@SpringBootTest(classes = BotTestApplication.class,
		properties = { "peer.messaging.rate.enabled=false", "peer.volunteers.skills[0].key=psychologist",
				"peer.volunteers.skills[0].labels.en=I’m a psychologist", "peer.volunteers.skills[1].key=job-coach",
				"peer.volunteers.skills[1].labels.en=Help finding work", "peer.volunteers.skills[2].key=lawyer",
				"peer.volunteers.skills[2].labels.en=Legal help", "peer.volunteers.skills[3].key=medicine",
				"peer.volunteers.skills[3].labels.en=I can buy medicine", "peer.volunteers.skills[4].key=mentor",
				"peer.volunteers.skills[4].labels.en=Mentoring", "peer.volunteers.skills[5].key=time",
				"peer.volunteers.skills[5].labels.en=Time and a listening ear", "peer.volunteers.skills[6].key=driver",
				"peer.volunteers.skills[6].labels.en=I can drive people",
				"peer.volunteers.skills[6].labels.pl=Mogę wozić", "peer.requests.categories[0].key=lift",
				"peer.requests.categories[0].skills=driver", "peer.requests.categories[0].labels.en=A lift by car",
				"peer.requests.categories[1].key=talk", "peer.requests.categories[1].skills=time",
				"peer.requests.categories[2].key=other", "peer.requests.categories[2].skills=time,mentor" })
@MemoryStore
class ConfiguredSkillsEndToEndTests {

	static final EmulatorFixture telegram = EmulatorFixture.start(org.peersupport.sandbox.EmulatorLimits.off());

	@Autowired
	MongoOperations mongo;

	@Autowired
	VolunteerService volunteers;

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
	void aConfiguredSkillIsASignUpButtonAndItsCategoryIsOfferedToTheVolunteer() {
		Person dan = new Person(telegram, this.mongo, 14001, "en");
		dan.says("/start volunteer-women-after-prison");
		dan.presses("English").presses("I agree");
		dan.sees("What is your name?");
		dan.says("Dan Driver").says("+48 600 100 400");
		dan.presses("Skip this question");
		dan.presses("None yet").presses("Done");
		dan.sees("How can you help?");
		assertThat(dan.lastButtons()).contains("I’m a psychologist", "Time and a listening ear", "I can drive people");
		dan.presses("I can drive people").presses("Done");
		dan.presses("English").presses("Done");
		dan.says("Lublin");
		dan.presses("Sun").presses("Done");
		dan.presses("Morning (8–12)").presses("Done");
		dan.presses("Any time is fine");
		dan.says("2");
		dan.sees("Thank you, Dan Driver! Your application has been sent.");

		Volunteer volunteer = this.volunteers.pending()
			.stream()
			.filter((candidate) -> candidate.chatId() == 14001)
			.findFirst()
			.orElseThrow();
		assertThat(volunteer.details()).containsEntry("skills", List.of("driver"));
		dan.says("/mydata");
		assertThat(dan.lastText()).contains("I can drive people");
		assertThat(this.volunteers.approve(volunteer.id(), "")).isTrue();
		await().until(() -> dan.lastText().startsWith("Good news"));
		// Free every day and hour, so that the offer goes out whenever the test runs.
		this.volunteers.updateProfile(volunteer.id(), List.of("driver"), List.of("en"), "Lublin", 2, List.of(),
				List.of(), null, null);
		assertThatIllegalArgumentException().isThrownBy(() -> this.volunteers.updateProfile(volunteer.id(),
				List.of("pilot"), List.of("en"), "Lublin", 2, List.of(), List.of(), null, null));

		Person participant = new Person(telegram, this.mongo, 14101, "en");
		OnboardingWalk.ENGLISH.complete(participant, "Blue Heron");
		participant.says("/help_request");
		participant.presses("A lift by car");
		participant.says("A lift to the hospital on Friday");
		participant.says("Lublin");
		participant.presses("Today");
		String number = String.valueOf(this.requests.activeOf(14101).get(0).number());
		await().until(() -> dan.texts().stream().anyMatch((text) -> text.startsWith("🆕 Request No. " + number)));
		assertThat(dan.texts()).anyMatch((text) -> text.contains("A lift by car"));
	}

}
