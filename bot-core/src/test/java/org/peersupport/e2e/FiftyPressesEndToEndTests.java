package org.peersupport.e2e;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.peersupport.BotTestApplication;
import org.peersupport.participants.Volunteer;
import org.peersupport.participants.VolunteerStatus;
import org.peersupport.participants.Volunteers;
import org.peersupport.requests.HelpRequest;
import org.peersupport.requests.HelpRequests;
import org.peersupport.requests.RequestStatus;
import org.peersupport.sandbox.BotMessage;
import org.peersupport.sandbox.CallbackAnswer;
import org.peersupport.sandbox.EmulatorLimits;
import org.peersupport.sandbox.SentUpdate;
import org.peersupport.store.MemoryStore;
import org.peersupport.testing.Race;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The race: a request offered to 50 volunteers at once (a first wave of 50), all
 * 50 press "Take it" at the same moment: exactly one takes it, the 49 others are answered
 * "already taken" and their offers edited to say it was taken.
 */
@SpringBootTest(classes = BotTestApplication.class,
		properties = { "peer.messaging.rate.enabled=false", "peer.requests.first-wave=50" })
@MemoryStore
class FiftyPressesEndToEndTests {

	static final EmulatorFixture telegram = EmulatorFixture.start(EmulatorLimits.off());

	static final String PROGRAMME = "women-after-prison";

	static final int VOLUNTEERS = 50;

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
	void ofFiftyPressesAtOnceExactlyOneWinsAndTheOthersAreToldAndTheirOffersEdited() throws Exception {
		List<Person> volunteers = new ArrayList<>();
		for (int i = 0; i < VOLUNTEERS; i++) {
			volunteers.add(volunteer(15100 + i, "V-race-" + i));
		}
		Person participant = new Person(telegram, this.mongo, 15001, "en");
		OnboardingWalk.ENGLISH.complete(participant, "Still Lake");
		participant.says("/help_request");
		participant.presses("Something else");
		participant.says("Someone to talk to about a letter");
		participant.says("Lublin");
		participant.presses("Today");
		HelpRequest request = this.requests.activeOf(15001).get(0);
		String number = String.valueOf(request.number());
		String offer = "🆕 Request No. " + number + ": Something else, today.";

		List<Callable<SentUpdate>> presses = new ArrayList<>();
		Map<Long, Long> offerMessage = new HashMap<>();
		for (Person volunteer : volunteers) {
			BotMessage message = volunteer.lastWithButton("✋ Take it");
			assertThat(message.text()).startsWith(offer);
			offerMessage.put(volunteer.chatId(), message.messageId());
			String data = message.buttonData().get(0);
			presses.add(() -> volunteer.users().press(volunteer.chatId(), message.messageId(), data));
		}
		List<SentUpdate> sent = Race.run(presses);
		await().until(() -> sent.stream().allMatch((update) -> handled(update.updateId())) && nothingWaiting());

		HelpRequest claimed = this.requests.find(request.id()).orElseThrow();
		assertThat(claimed.status()).isEqualTo(RequestStatus.CLAIMED);
		List<Person> winners = volunteers.stream().filter((v) -> v.chatId() == claimed.claimedChat()).toList();
		assertThat(winners).hasSize(1);
		Person winner = winners.get(0);
		assertThat(offerNow(winner, offerMessage)).contains("✅ You took request No. " + number + ".");
		assertThat(answers(winner.chatId())).doesNotContain("Another volunteer has already taken this request.");
		int told = 0;
		for (Person other : volunteers) {
			if (other == winner) {
				continue;
			}
			assertThat(answers(other.chatId())).as("chat %d", other.chatId())
				.containsExactly("Another volunteer has already taken this request.");
			assertThat(offerNow(other, offerMessage)).as("chat %d", other.chatId())
				.isEqualTo("Request No. " + number
						+ " was taken by another volunteer. Thank you for being ready to help!");
			told++;
		}
		assertThat(told).isEqualTo(VOLUNTEERS - 1);
		assertThat(participant.lastText()).startsWith("A volunteer has taken your request No. " + number + ".");
	}

	private String offerNow(Person volunteer, Map<Long, Long> offerMessage) {
		long id = offerMessage.get(volunteer.chatId());
		return telegram.emulator()
			.users()
			.messages(volunteer.chatId())
			.stream()
			.filter((message) -> message.messageId() == id)
			.findFirst()
			.orElseThrow()
			.text();
	}

	private List<String> answers(long chatId) {
		return telegram.emulator().users().callbackAnswers(chatId).stream().map(CallbackAnswer::text).toList();
	}

	private Person volunteer(long chatId, String id) {
		Map<String, Object> details = new HashMap<>(Map.of("realName", "Real Name " + id, "skills",
				List.of("time", "mentor"), "languages", List.of("en"), "maxOpenRequests", 5, "quietHours", "none"));
		this.volunteers.submit(new Volunteer(id, chatId, "en", PROGRAMME, details, VolunteerStatus.APPROVED,
				"volunteer-signup@2", Instant.now(), Instant.now(), null, Instant.now(), Volunteer.SCHEMA_VERSION));
		Person person = new Person(telegram, this.mongo, chatId, "en");
		person.says("/help");
		return person;
	}

	private boolean handled(long updateId) {
		Document entry = this.mongo.getCollection("inbox").find(new Document("_id", updateId)).first();
		return entry != null && "DONE".equals(entry.getString("state"));
	}

	private boolean nothingWaiting() {
		return this.mongo.getCollection("outbox").countDocuments(new Document("state", "PENDING")) == 0;
	}

}
