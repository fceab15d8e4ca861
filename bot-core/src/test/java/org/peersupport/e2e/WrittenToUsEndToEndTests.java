package org.peersupport.e2e;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.peersupport.BotTestApplication;
import org.peersupport.safety.AlertStatus;
import org.peersupport.safety.Alerts;
import org.peersupport.safety.ModeratorAlerts;
import org.peersupport.sandbox.EmulatorLimits;
import org.peersupport.store.MemoryStore;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Words a person writes outside any conversation are never answered "not understood":
 * from a participant they reach the team as an alert the panel lists (there is no
 * moderators' chat in this test), with the line to call when they sound like distress.
 */
@SpringBootTest(classes = BotTestApplication.class, properties = "peer.messaging.rate.enabled=false")
@MemoryStore
class WrittenToUsEndToEndTests {

	static final EmulatorFixture telegram = EmulatorFixture.start(EmulatorLimits.off());

	@Autowired
	MongoOperations mongo;

	@Autowired
	Alerts alerts;

	@DynamicPropertySource
	static void pointAtEmulator(DynamicPropertyRegistry registry) {
		telegram.register(registry);
	}

	@AfterAll
	static void stopEmulator() {
		telegram.close();
	}

	@Test
	void aParticipantsFreeTextReachesTheTeamAndDistressAlsoGetsTheLineToCall() {
		Person person = new Person(telegram, this.mongo, 5101, "en");
		OnboardingWalk.ENGLISH.complete(person, "Still Water");

		person.says("hello, is anyone there?");
		assertThat(person.lastText()).startsWith("Thank you for writing to me.")
			.contains("asked for a person to talk with you: request No. ")
			.doesNotContain("112")
			.doesNotContain("not sure what you mean");
		assertThat(this.alerts.chatsWaitingForSomeone(null)).contains(5101L);

		person.says("I feel terrible, I have no medicine left");
		assertThat(person.lastText()).startsWith("Thank you for writing to me.").contains("call 112");
		assertThat(this.mongo.getCollection("alerts")
			.countDocuments(new Document("chatId", 5101L).append("reason", "NEEDS_PERSON")))
			.as("repeats are merged while pending")
			.isOne();
		assertThat(this.alerts.list(null, true, 10))
			.filteredOn((alert) -> alert.chatId() == 5101L && alert.reason() == ModeratorAlerts.Reason.NEEDS_PERSON)
			.singleElement()
			.satisfies((alert) -> {
				assertThat(alert.status()).isEqualTo(AlertStatus.OPEN);
				assertThat(alert.count()).isEqualTo(2);
				assertThat(alert.toString()).doesNotContain("medicine");
			});
		assertThat(this.mongo.getCollection("alerts").find().first().toJson()).doesNotContain("medicine");

		person.says("/mydata");
		assertThat(person.lastText()).contains("Our team knows that you would like help from a person");
		person.says("/forget");
		person.presses("Yes, erase everything");
		assertThat(this.mongo.getCollection("alerts").countDocuments(new Document("chatId", 5101L))).isZero();
	}

	@Test
	void someoneWhoNeverStartedIsToldHowToStartAndGetsTheLineWhenInDistress() {
		Person stranger = new Person(telegram, this.mongo, 5102, "ru");
		stranger.says("привет");
		assertThat(stranger.lastText()).startsWith("Чтобы начать разговор с нами, отправьте /start.");
		stranger.says("мне очень плохо");
		assertThat(stranger.lastText()).startsWith("Чтобы начать разговор с нами").contains("112");
		assertThat(this.mongo.getCollection("alerts").countDocuments(new Document("chatId", 5102L))).isZero();
	}

}
