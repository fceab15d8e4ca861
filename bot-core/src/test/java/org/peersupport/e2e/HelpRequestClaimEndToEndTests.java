package org.peersupport.e2e;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.peersupport.BotTestApplication;
import org.peersupport.conversation.CallbackSigner;
import org.peersupport.participants.Volunteer;
import org.peersupport.participants.VolunteerStatus;
import org.peersupport.participants.Volunteers;
import org.peersupport.requests.HelpRequest;
import org.peersupport.requests.HelpRequests;
import org.peersupport.requests.RequestDesk;
import org.peersupport.requests.RequestOffers;
import org.peersupport.requests.RequestOutcome;
import org.peersupport.requests.RequestStatus;
import org.peersupport.requests.RequestView;
import org.peersupport.sandbox.BotMessage;
import org.peersupport.sandbox.EmulatorLimits;
import org.peersupport.sandbox.SentUpdate;
import org.peersupport.store.MemoryStore;
import org.peersupport.testing.Race;

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

/**
 * A request is offered to the three best-matching volunteers (skill, language, programme,
 * approved, under their limit, outside quiet hours; the request's region first), widened
 * on the wave timer, and of the volunteers who press "Take it" at once exactly one wins;
 * the others' offers are edited to "taken" and their presses answered "already taken".
 */
@SpringBootTest(classes = BotTestApplication.class, properties = "peer.messaging.rate.enabled=false")
@Import(HelpRequestClaimEndToEndTests.SteppingClock.class)
@MemoryStore
class HelpRequestClaimEndToEndTests {

	static final EmulatorFixture telegram = EmulatorFixture.start(EmulatorLimits.off());

	static final String PROGRAMME = "women-after-prison";

	@Autowired
	MongoOperations mongo;

	@Autowired
	Volunteers volunteers;

	@Autowired
	HelpRequests requests;

	@Autowired
	CallbackSigner signer;

	@Autowired
	MovableClock clock;

	@Autowired
	RequestOffers offers;

	@Autowired
	RequestDesk desk;

	@DynamicPropertySource
	static void pointAtEmulator(DynamicPropertyRegistry registry) {
		telegram.register(registry);
	}

	@AfterAll
	static void stopEmulator() {
		telegram.close();
	}

	@Test
	void theBestThreeGetTheOfferTheNextWaveWidensItAndOfSimultaneousPressesOneWins() throws Exception {
		Person inRegion = volunteer(13101, "V-region", Map.of("skills", List.of("time"), "region", "Lublin"));
		Person first = volunteer(13102, "V-first", Map.of());
		Person second = volunteer(13103, "V-second", Map.of());
		Person busy = volunteer(13104, "V-busy", Map.of("maxOpenRequests", 3));
		Person wrongSkill = volunteer(13105, "V-skill", Map.of("skills", List.of("job-coach")));
		Person wrongLanguage = volunteer(13106, "V-language", Map.of("languages", List.of("ru")));
		Person paused = volunteer(13107, "V-paused", Map.of(), VolunteerStatus.PAUSED, PROGRAMME);
		Person full = volunteer(13108, "V-full", Map.of("maxOpenRequests", 1));
		Person quiet = volunteer(13109, "V-quiet", Map.of("quietHours", "00-24"));
		Person elsewhere = volunteer(13110, "V-elsewhere", Map.of(), VolunteerStatus.APPROVED, "recovery");
		claimedBy("V-busy", 1);
		claimedBy("V-full", 1);

		Person participant = new Person(telegram, this.mongo, 13001, "en");
		OnboardingWalk.ENGLISH.complete(participant, "Grey Wren");
		participant.says("/help_request");
		participant.presses("Something else");
		participant.says("Someone to go with me to the job centre");
		participant.says("Lublin");
		participant.presses("Today");
		HelpRequest request = this.requests.activeOf(13001).get(0);
		String number = String.valueOf(request.number());

		String offer = "🆕 Request No. " + number + ": Something else, today.\nFrom: Grey Wren\n"
				+ "“Someone to go with me to the job centre”\nWhere: Lublin";
		for (Person offered : List.of(inRegion, first, second)) {
			assertThat(offered.texts()).as("chat %d", offered.chatId()).contains(offer);
		}
		for (Person left : List.of(busy, wrongSkill, wrongLanguage, paused, full, quiet, elsewhere)) {
			assertThat(left.texts()).as("chat %d", left.chatId()).noneMatch((text) -> text.startsWith("🆕"));
		}
		// The one of the request's region first; the two others are equal.
		assertThat(offeredTo(request)).startsWith("V-region")
			.containsExactlyInAnyOrder("V-region", "V-first", "V-second");

		// A volunteer the request was not offered to presses correctly signed data:
		// nothing.
		long wrongMessage = wrongSkill.lastMessage().messageId();
		wrongSkill.pressesData(wrongMessage, this.signer.sign(13105, "rv", "t:" + number, "rv"));
		assertThat(answers(13105)).contains("This request is no longer open.");
		assertThat(this.requests.find(request.id()).orElseThrow().status()).isEqualTo(RequestStatus.OPEN);

		// Nobody took it within the wave interval: the next wave reaches the busy one.
		this.clock.advance(Duration.ofMinutes(11));
		this.offers.sendDue();
		await().until(() -> busy.texts().contains(offer));
		assertThat(offeredTo(request)).hasSize(4).endsWith("V-busy");

		// Three press at once.
		List<Person> pressing = List.of(first, second, busy);
		List<Callable<SentUpdate>> presses = new ArrayList<>();
		for (Person volunteer : pressing) {
			BotMessage message = volunteer.lastWithButton("✋ Take it");
			String data = message.buttonData().get(0);
			presses.add(() -> volunteer.users().press(volunteer.chatId(), message.messageId(), data));
		}
		List<SentUpdate> sent = Race.run(presses);
		await().until(() -> sent.stream().allMatch((update) -> handled(update.updateId())) && nothingWaiting());

		HelpRequest claimed = this.requests.find(request.id()).orElseThrow();
		assertThat(claimed.status()).isEqualTo(RequestStatus.CLAIMED);
		Person winner = pressing.stream().filter((p) -> p.chatId() == claimed.claimedChat()).findFirst().orElseThrow();
		assertThat(winner.texts())
			.anyMatch((text) -> text.startsWith(offer + "\n\n✅ You took request No. " + number + "."));
		for (Person other : List.of(inRegion, first, second, busy)) {
			if (other != winner) {
				assertThat(other.texts()).as("chat %d", other.chatId())
					.contains("Request No. " + number
							+ " was taken by another volunteer. Thank you for being ready to help!")
					.doesNotContain(offer);
			}
		}
		for (Person loser : pressing) {
			if (loser != winner) {
				assertThat(answers(loser.chatId())).contains("Another volunteer has already taken this request.");
			}
		}
		assertThat(participant.lastText()).startsWith("A volunteer has taken your request No. " + number + ".");

		// The relay, both ways, with nobody's identity in what the other side receives.
		participant.says("Thank you, when can we meet?");
		assertThat(winner.lastText())
			.isEqualTo("💬 Grey Wren (request No. " + number + "):\nThank you, when can we meet?");
		winner.says("Tomorrow at ten, at the station");
		assertThat(participant.lastText())
			.isEqualTo("💬 Volunteer (request No. " + number + "):\nTomorrow at ten, at the station");
		String volunteerId = claimed.claimedBy();
		assertThat(telegram.emulator().users().messages(13001))
			.allSatisfy((message) -> assertThat(message.text() + message.buttonData())
				.doesNotContain(String.valueOf(winner.chatId()))
				.doesNotContain("Real Name")
				.doesNotContain(volunteerId));
		assertThat(telegram.emulator().users().messages(winner.chatId()))
			.allSatisfy((message) -> assertThat(message.text() + message.buttonData()).doesNotContain("13001"));

		// The volunteer reports the participant's message: the team is alerted once and
		// the message is kept for the request's page; nothing else of the relay is kept.
		BotMessage reported = winner.lastWithButton("⚠️ Report");
		assertThat(reported.text()).endsWith("Thank you, when can we meet?");
		winner.presses("⚠️ Report");
		winner.presses("⚠️ Report");
		assertThat(answers(winner.chatId())).containsSubsequence(
				"Thank you. The team has been told and can read this message in the panel.",
				"Thank you. The team has been told and can read this message in the panel.");
		assertThat(this.desk.reportsOf(request.number(), List.of(PROGRAMME))).singleElement()
			.satisfies((message) -> assertThat(message.text())
				.isEqualTo("💬 Grey Wren (request No. " + number + "):\nThank you, when can we meet?"));
		assertThat(this.desk.reportsOf(request.number(), List.of("recovery"))).isEmpty();
		assertThat(this.mongo.getCollection("alerts")
			.find(new Document("reason", "RELAY_REPORTED").append("chatId", 13001L))
			.into(new ArrayList<>())).singleElement()
			.satisfies((alert) -> assertThat(alert.getInteger("count")).isEqualTo(1));
		assertThat(participant.lastMessage().buttons().stream().flatMap(List::stream))
			.noneMatch((button) -> button.text().contains("Report"));

		// Media goes on with copyMessage: a new message of the bot's, the header as its
		// caption (or just before a sticker), never "forwarded from".
		participant.sends("photo", "The letter from the office");
		BotMessage photo = winner.lastMessage();
		assertThat(photo.media()).isEqualTo("photo");
		assertThat(photo.text()).isEqualTo("💬 Grey Wren (request No. " + number + "):\nThe letter from the office");
		assertThat(photo.buttons().get(0).get(0).text()).isEqualTo("↩️ Reply");
		participant.sends("sticker", null);
		List<BotMessage> toWinner = telegram.emulator().users().messages(winner.chatId());
		assertThat(toWinner.get(toWinner.size() - 2).text()).isEqualTo("💬 Grey Wren (request No. " + number + "):");
		assertThat(toWinner.get(toWinner.size() - 1).media()).isEqualTo("sticker");
		winner.sends("voice", null);
		BotMessage voice = participant.lastMessage();
		assertThat(voice.media()).isEqualTo("voice");
		assertThat(voice.text()).isEqualTo("💬 Volunteer (request No. " + number + "):");
		assertThat(telegram.emulator().users().messages(13001))
			.allSatisfy((message) -> assertThat(message.text() + message.buttonData())
				.doesNotContain(String.valueOf(winner.chatId()))
				.doesNotContain("Real Name")
				.doesNotContain(volunteerId));
		assertThat(telegram.emulator().users().messages(winner.chatId()))
			.allSatisfy((message) -> assertThat(message.text() + message.buttonData()).doesNotContain("13001"));

		// Crisis words in a relayed message: the participant gets the crisis answer, and
		// the volunteer gets the message with a note that the lines and the team were
		// given.
		participant.says("Sometimes I just want to die");
		assertThat(participant.texts()).anyMatch((text) -> text.contains("you don’t have to face it alone"));
		assertThat(winner.lastText())
			.isEqualTo("💬 Grey Wren (request No. " + number + "):\nSometimes I just want to die\n\n"
					+ "⚠️ This message has crisis words. The bot has already sent them the lines to call, and our "
					+ "team has been told. If you think they are in danger right now, ask them to call 112.");

		// The volunteer ends it; the participant rates the help.
		winner.says("/end");
		assertThat(winner.lastText()).isEqualTo("The conversation about request No. " + number + " has ended.\n\n"
				+ "How did it end? Your answer is kept on the request for the team.");
		// The volunteer records the outcome once; the message says what was recorded.
		BotMessage ended = winner.lastWithButton("Helped");
		assertThat(ended.buttons().stream().flatMap(List::stream).map((button) -> button.text()))
			.containsExactly("Helped", "Referred elsewhere", "No contact");
		String referred = ended.buttons().get(1).get(0).data();
		winner.presses("Helped");
		assertThat(telegram.emulator().users().messages(winner.chatId())).anySatisfy((message) -> {
			assertThat(message.messageId()).isEqualTo(ended.messageId());
			assertThat(message.text())
				.isEqualTo("The conversation about request No. " + number + " has ended. Outcome recorded: Helped.");
			assertThat(message.buttons()).isEmpty();
		});
		winner.pressesData(ended.messageId(), referred);
		assertThat(answers(winner.chatId())).last().isEqualTo("The outcome of this request is already recorded.");
		// data signed for another chat (or forged) changes nothing either
		winner.pressesData(ended.messageId(), this.signer.sign(13999, "rr", "o:" + number + ":2", "rr"));
		assertThat(answers(winner.chatId())).last()
			.isEqualTo("This button is no longer active. Let’s carry on from where we are now.");
		HelpRequest recorded = this.requests.find(request.id()).orElseThrow();
		assertThat(recorded.outcome()).isEqualTo(RequestOutcome.HELPED);
		List<RequestView.Move> moves = this.desk.view(request.number(), List.of(PROGRAMME)).orElseThrow().moves();
		RequestView.Move move = moves.get(moves.size() - 1);
		assertThat(move.kind()).isEqualTo("outcome");
		assertThat(move.volunteerId()).isEqualTo(volunteerId);
		assertThat(move.reason()).isEqualTo("HELPED");
		assertThat(move.staffId()).isNull();
		assertThat(participant.lastText()).startsWith("The conversation about request No. " + number + " has ended.")
			.contains("How much did this help you?");
		participant.presses("4");
		participant.sees("Thank you! You rated the help 4 out of 5.\n\nIf you like, write a few words about the help");
		assertThat(participant.lastWithButton("No, thanks")).isNotNull();
		// The next message is the participant's word about the help, kept once for the
		// team.
		participant.says("  Kind and quick, thank you  ");
		participant.sees("Thank you. Your words are kept with the request, and the team will read them.");
		HelpRequest resolved = this.requests.find(request.id()).orElseThrow();
		assertThat(resolved.status()).isEqualTo(RequestStatus.RESOLVED);
		assertThat(resolved.rating()).isEqualTo(4);
		// the panel sees how many messages went each way, never what they said
		RequestView.RelayView relay = this.desk.view(request.number(), List.of(PROGRAMME)).orElseThrow().relay();
		assertThat(relay.fromParticipant()).isEqualTo(4);
		assertThat(relay.fromVolunteer()).isEqualTo(2);
		assertThat(relay.open()).isFalse();
		assertThat(relay.endedAt()).isEqualTo(resolved.closedAt());
		assertThat(relay.lastMessageAt()).isNotNull();
		participant.says("Are you still there?");
		assertThat(winner.texts()).noneMatch((text) -> text.contains("Are you still there?"));
		assertThat(this.requests.find(request.id()).orElseThrow().feedback()).isEqualTo("Kind and quick, thank you");
		assertThat(this.desk.view(request.number(), List.of(PROGRAMME)).orElseThrow().feedback())
			.isEqualTo("Kind and quick, thank you");
		participant.says("/mydata");
		assertThat(participant.texts()).anyMatch((text) -> text.contains("Your words about the help: Kind and quick"));
	}

	private List<String> offeredTo(HelpRequest request) {
		return this.requests.find(request.id())
			.orElseThrow()
			.offers()
			.stream()
			.map(HelpRequest.Offer::volunteerId)
			.toList();
	}

	private List<String> answers(long chatId) {
		return telegram.emulator().users().callbackAnswers(chatId).stream().map((a) -> a.text()).toList();
	}

	private Person volunteer(long chatId, String id, Map<String, Object> overrides) {
		return volunteer(chatId, id, overrides, VolunteerStatus.APPROVED, PROGRAMME);
	}

	private Person volunteer(long chatId, String id, Map<String, Object> overrides, VolunteerStatus status,
			String programme) {
		Map<String, Object> details = new HashMap<>(Map.of("realName", "Real Name " + id, "skills",
				List.of("time", "mentor"), "languages", List.of("en"), "maxOpenRequests", 5, "quietHours", "none"));
		details.putAll(overrides);
		this.volunteers.submit(new Volunteer(id, chatId, "en", programme, details, status, "volunteer-signup@2",
				Instant.now(), Instant.now(), null, Instant.now(), Volunteer.SCHEMA_VERSION));
		Person person = new Person(telegram, this.mongo, chatId, "en");
		person.says("/help");
		return person;
	}

	private void claimedBy(String volunteerId, int count) {
		for (int i = 0; i < count; i++) {
			this.mongo.getCollection("help_requests")
				.insertOne(new Document("_id", "R-test-" + volunteerId + "-" + i)
					.append("number", 900000L + this.mongo.getCollection("help_requests").countDocuments())
					.append("chatId", 999L)
					.append("programme", PROGRAMME)
					.append("category", "other")
					.append("urgency", "WHENEVER")
					.append("status", "CLAIMED")
					.append("wave", 1)
					.append("claimedBy", volunteerId)
					.append("claimedChat", 1L)
					.append("claimedAt", java.util.Date.from(Instant.now()))
					.append("createdAt", java.util.Date.from(Instant.now()))
					.append("schemaVersion", 1));
		}
	}

	private boolean handled(long updateId) {
		Document entry = this.mongo.getCollection("inbox").find(new Document("_id", updateId)).first();
		return entry != null && "DONE".equals(entry.getString("state"));
	}

	private boolean nothingWaiting() {
		return this.mongo.getCollection("outbox").countDocuments(new Document("state", "PENDING")) == 0;
	}

	/** A clock tests move forward. */
	static final class MovableClock extends Clock {

		private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

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
			return Instant.now().plus(this.offset.get());
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
