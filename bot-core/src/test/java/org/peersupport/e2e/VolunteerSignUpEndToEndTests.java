package org.peersupport.e2e;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.peersupport.BotTestApplication;
import org.peersupport.conversation.ConversationStatus;
import org.peersupport.conversation.Conversations;
import org.peersupport.conversation.IdleConversations;
import org.peersupport.participants.Volunteer;
import org.peersupport.participants.VolunteerStatus;
import org.peersupport.scripts.DefaultScripts;
import org.peersupport.sandbox.EmulatorLimits;
import org.peersupport.store.MemoryStore;
import org.peersupport.volunteers.VolunteerService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(classes = BotTestApplication.class, properties = "peer.messaging.rate.enabled=false")
@Import(VolunteerSignUpEndToEndTests.SteppingClock.class)
@MemoryStore
class VolunteerSignUpEndToEndTests {

	static final EmulatorFixture telegram = EmulatorFixture.start(EmulatorLimits.off());

	@Autowired
	MongoOperations mongo;

	@Autowired
	VolunteerService volunteers;

	@Autowired
	IdleConversations idle;

	@Autowired
	Conversations conversations;

	@Autowired
	MovableClock clock;

	@DynamicPropertySource
	static void pointAtEmulator(DynamicPropertyRegistry registry) {
		telegram.register(registry);
	}

	@AfterAll
	static void stopEmulator() {
		telegram.close();
	}

	@Test
	void aVolunteerSignsUpThroughTheDeepLinkAndIsApprovedByAModerator() {
		Person vera = new Person(telegram, this.mongo, 4001, "en");
		vera.says("/start volunteer");
		vera.sees("Hello! Thank you for wanting to help.");
		vera.presses("English").presses("I agree");
		vera.sees("Which programme would you like to volunteer for?");
		vera.presses("Recovery programme");
		vera.sees("What is your name?");
		vera.says("Vera Volunteer").says("+48 600 100 200");
		vera.presses("Skip this question");
		vera.presses("Safeguarding").presses("Done");
		vera.presses("I can buy medicine").presses("Done");
		vera.sees("Which medicines can you buy or help to get?");
		vera.says("insulin");
		vera.presses("Polish").presses("English").presses("Done");
		vera.says("Warsaw");
		vera.presses("Mon").presses("Sat").presses("Done");
		vera.presses("Evening (17–22)").presses("Done");
		vera.presses("22:00–8:00");
		vera.sees("How many open requests can you take on at the same time?");
		vera.says("eleven");
		vera.sees("Please send just a number, for example 3.");
		vera.says("42");
		vera.sees("Please send a number from 1 to 10.");
		vera.says("3");
		vera.sees("Thank you, Vera Volunteer! Your application has been sent.");
		// The promise below is kept by the approval notice at the end of this test.
		assertThat(vera.lastText()).contains("we will write to you here once they have decided");

		// Other tests of this class sign up in other chats of the same store.
		List<Volunteer> pending = this.volunteers.pending()
			.stream()
			.filter((candidate) -> candidate.chatId() == 4001)
			.toList();
		assertThat(pending).hasSize(1);
		Volunteer volunteer = pending.get(0);
		assertThat(volunteer.id()).doesNotContain("4001");
		assertThat(volunteer.status()).isEqualTo(VolunteerStatus.PENDING);
		assertThat(volunteer.consentVersion()).isEqualTo("volunteer-signup@" + DefaultScripts.all()
			.stream()
			.filter((script) -> script.id().equals("volunteer-signup"))
			.findFirst()
			.orElseThrow()
			.version());
		assertThat(volunteer.programme()).isEqualTo("recovery");
		assertThat(volunteer.details()).containsEntry("realName", "Vera Volunteer")
			.containsEntry("contact", "+48 600 100 200")
			.containsEntry("skills", List.of("medicine"))
			.containsEntry("medicines", "insulin")
			.containsEntry("languages", List.of("pl", "en"))
			.containsEntry("days", List.of("mon", "sat"))
			.containsEntry("quietHours", "22-08")
			.containsEntry("maxOpenRequests", "3")
			.doesNotContainKey("organisation")
			.doesNotContainKey("programme");

		vera.says("/volunteer");
		vera.sees("Your application is already with our moderators.");

		assertThat(this.volunteers.approve(volunteer.id(), "See you on Monday")).isTrue();
		await().until(() -> vera.lastText().startsWith("Good news"));
		assertThat(vera.lastText()).endsWith("Message from the moderator: See you on Monday");
		assertThat(this.volunteers.reject(volunteer.id(), "too late")).isFalse();
		assertThat(this.volunteers.pending()).noneMatch((candidate) -> candidate.chatId() == 4001);
		assertThat(this.volunteers.find(volunteer.id()).orElseThrow().status()).isEqualTo(VolunteerStatus.APPROVED);
	}

	@Test
	void aProgrammesVolunteerLinkSkipsTheProgrammeQuestion() {
		Person mira = new Person(telegram, this.mongo, 4002, "en");
		mira.says("/start volunteer-family-mentors");
		mira.presses("English").presses("I agree");
		mira.sees("What is your name?");
		assertThat(mira.texts()).noneMatch((text) -> text.startsWith("Which programme"));
		signUpFromTheName(mira, "Mira Mentor");

		Volunteer volunteer = this.volunteers.pending()
			.stream()
			.filter((candidate) -> candidate.chatId() == 4002)
			.findFirst()
			.orElseThrow();
		assertThat(volunteer.programme()).isEqualTo("family-mentors");
		assertThat(volunteer.details()).doesNotContainKey("programme");
		mira.says("/mydata");
		assertThat(mira.lastText()).contains("Volunteer application (waiting for a moderator):",
				"• Programme: Families with mentors", "• Name: Mira Mentor");
	}

	@Test
	void aVolunteerLinkWithAnUnknownProgrammeAsksForOne() {
		Person lev = new Person(telegram, this.mongo, 4003, "en");
		lev.says("/start volunteer-nowhere");
		lev.presses("English").presses("I agree");
		lev.sees("Which programme would you like to volunteer for?");
		lev.presses("Circles of support");
		signUpFromTheName(lev, "Lev Listener");

		assertThat(this.volunteers.pending()
			.stream()
			.filter((candidate) -> candidate.chatId() == 4003)
			.map(Volunteer::programme)).containsExactly("circles");
	}

	@Test
	void anErasedVolunteersReferenceCannotBeDerivedFromTheirChatIdAndIsNotGivenBack() throws Exception {
		Person zoe = new Person(telegram, this.mongo, 4005, "en");
		String ref = signUpAsVolunteer(zoe);
		zoe.says("/forget").presses("Yes, erase everything");
		zoe.sees("Done: everything we kept about you has been erased.");

		for (Document secret : this.mongo.getCollection("secrets").find()) {
			byte[] key = Base64.getDecoder().decode(secret.getString("value"));
			assertThat(derivedRef(key, 4005)).as("derived with the stored secret %s", secret.get("_id"))
				.isNotEqualTo(ref);
		}
		for (String name : this.mongo.getCollectionNames()) {
			for (Document document : this.mongo.getCollection(name).find()) {
				assertThat(document.toJson()).as("%s keeps the reference", name).doesNotContain(ref.substring(2));
			}
		}

		assertThat(signUpAsVolunteer(zoe)).isNotEqualTo(ref);
	}

	/** Signs up in the circles programme; the person's reference (from the id). */
	private String signUpAsVolunteer(Person person) {
		person.says("/start volunteer-circles");
		person.presses("English").presses("I agree");
		signUpFromTheName(person, "Zoe Zed");
		String id = this.volunteers.pending()
			.stream()
			.filter((candidate) -> candidate.chatId() == person.chatId())
			.findFirst()
			.orElseThrow()
			.id();
		return "P" + id.substring(1, id.lastIndexOf('-'));
	}

	/** The reference as earlier versions derived it from the chat id and a key. */
	private static String derivedRef(byte[] key, long chatId) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(key, "HmacSHA256"));
		byte[] digest = mac.doFinal(("person:" + chatId).getBytes(StandardCharsets.UTF_8));
		return "P-" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 8);
	}

	private static void signUpFromTheName(Person person, String name) {
		person.sees("What is your name?");
		person.says(name).says("+48 600 100 300");
		person.presses("Skip this question");
		person.presses("None yet").presses("Done");
		person.presses("Time and a listening ear").presses("Done");
		person.presses("English").presses("Done");
		person.says("Kraków");
		person.presses("Sun").presses("Done");
		person.presses("Morning (8–12)").presses("Done");
		person.presses("Any time is fine");
		person.says("2");
		person.sees("Thank you, " + name + "! Your application has been sent.");
	}

	@Test
	void aQuietConversationIsPausedWithAGentleNoteAndResumesAtTheSameStep() {
		Person person = new Person(telegram, this.mongo, 4101, "uk");
		person.says("/start").presses("Українська");
		person.sees("Перш ніж почнемо");
		assertThat(this.idle.pauseIdle()).isZero();

		this.clock.advance(Duration.ofHours(25));
		assertThat(this.idle.pauseIdle()).isEqualTo(1);
		await().until(() -> person.lastText().startsWith("Ми поставили розмову на паузу"));
		assertThat(this.conversations.find(4101).orElseThrow().status()).isEqualTo(ConversationStatus.PAUSED);
		assertThat(this.idle.pauseIdle()).isZero();

		person.says("/start");
		assertThat(person.texts().get(person.texts().size() - 2)).isEqualTo("Продовжимо з того місця, де зупинилися.");
		person.sees("Перш ніж почнемо");
		person.presses("Я погоджуюся");
		assertThat(person.texts()).anyMatch((text) -> text.startsWith("Дякуємо за довіру."));
		person.sees("Через яку програму чи організацію ви до нас прийшли?");
	}

	/** A clock tests move forward. */
	static final class MovableClock extends Clock {

		private final AtomicReference<Instant> offset = new AtomicReference<>(Instant.EPOCH);

		void advance(Duration duration) {
			this.offset.updateAndGet((current) -> current.plus(duration));
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return Instant.now().plusMillis(this.offset.get().toEpochMilli());
		}

	}

	@TestConfiguration
	static class SteppingClock {

		@Bean
		MovableClock clock() {
			return new MovableClock();
		}

	}

}
