package org.peersupport.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.peersupport.BotTestApplication;
import org.peersupport.participants.LowMood;
import org.peersupport.participants.Participants;
import org.peersupport.participants.PersonRefs;
import org.peersupport.safety.Alert;
import org.peersupport.safety.AlertStatus;
import org.peersupport.safety.Alerts;
import org.peersupport.safety.ModeratorAlerts;
import org.peersupport.sandbox.BotMessage;
import org.peersupport.sandbox.CallbackAnswer;
import org.peersupport.sandbox.EmulatorLimits;
import org.peersupport.sandbox.SentUpdate;
import org.peersupport.store.MemoryStore;
import org.peersupport.testing.Race;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Crisis alerts that a moderator takes in the moderators' chat: the person gets the lines
 * to call with the offer to talk to a person; the alert comes with "I take it"; of two
 * moderators who press at once one wins, the other is told who, every message about the
 * alert then says who took it, and the person is told someone is on it. The lowest mood
 * in a check-in is answered and alerted the same way, once per answer.
 */
@SpringBootTest(classes = BotTestApplication.class, properties = { "peer.messaging.rate.enabled=false",
		"peer.moderators.locale=en", "peer.programmes[0].key=recovery", "peer.programmes[0].name.en=Recovery programme",
		"peer.programmes[0].name.ru=Программа восстановления", "peer.programmes[0].name.uk=Програма відновлення",
		"peer.programmes[0].name.pl=Program zdrowienia", "peer.programmes[0].support-lines.ru=8 800 100-10-10",
		"peer.programmes[0].support-lines.en=0800 100 1010" })
@MemoryStore
class CrisisAlertsEndToEndTests {

	static final EmulatorFixture telegram = EmulatorFixture.start(EmulatorLimits.off());

	static final long FIRST_MODERATOR = 1000;

	static final long SECOND_MODERATOR = 1001;

	static final long MODERATORS = telegram.emulator().users().createGroup("Moderators");

	static {
		joinModerators(SECOND_MODERATOR);
	}

	@Autowired
	MongoOperations mongo;

	@Autowired
	Alerts alerts;

	@Autowired
	PersonRefs refs;

	@Autowired
	Participants participants;

	@Autowired
	ApplicationEventPublisher events;

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
	void ofTwoModeratorsWhoPressAtOnceOneTakesTheAlertTheOtherSeesWhoAndThePersonIsTold() throws Exception {
		Person person = new Person(telegram, this.mongo, 8101, "en");
		person.says("I want to kill myself");
		assertThat(person.lastText()).contains("call 112");
		assertThat(person.lastButtons()).containsExactly("🙋 I want to talk to a person");
		String ref = this.refs.of(8101);
		BotMessage crisisAlert = await().until(() -> moderatorsMessage("⚠️ Crisis words"), (m) -> m != null);
		assertThat(crisisAlert.text()).contains(ref).doesNotContain("kill");

		person.presses("🙋 I want to talk to a person");
		assertThat(person.lastText()).startsWith("I have told our team that you want to talk to a person now.")
			.contains("I will tell you here as soon as someone from the team takes it");
		BotMessage talkAlert = await().until(() -> moderatorsMessage("🙋 " + ref), (m) -> m != null);
		assertThat(talkAlert.text()).isEqualTo("🙋 " + ref + " (programme: -) asks to talk to a person now.");
		Alert alert = crisisAlertOf(8101);
		assertThat(crisisAlert.buttonData()).containsExactly("al:" + alert.id());
		assertThat(talkAlert.buttonData()).containsExactly("al:" + alert.id());

		List<Callable<SentUpdate>> presses = new ArrayList<>();
		for (long moderator : List.of(FIRST_MODERATOR, SECOND_MODERATOR)) {
			presses.add(() -> telegram.emulator()
				.users()
				.press(moderator, MODERATORS, crisisAlert.messageId(), "al:" + alert.id()));
		}
		List<SentUpdate> sent = Race.run(presses);
		await().until(() -> sent.stream().allMatch((update) -> handled(update.updateId())) && nothingWaiting());

		Alert taken = crisisAlertOf(8101);
		assertThat(taken.status()).isEqualTo(AlertStatus.TAKEN);
		assertThat(taken.takenBy()).isIn("telegram:" + FIRST_MODERATOR, "telegram:" + SECOND_MODERATOR);
		long winner = Long.parseLong(taken.takenBy().substring("telegram:".length()));
		long loser = (winner == FIRST_MODERATOR) ? SECOND_MODERATOR : FIRST_MODERATOR;
		assertThat(answers(winner)).containsExactly("You took it. Thank you!");
		assertThat(answers(loser)).containsExactly("Already taken by telegram:" + winner + ".");
		String takenText = "✅ The alert about " + ref + " (programme: -) was taken by telegram:" + winner
				+ " after 0 min.";
		await().untilAsserted(() -> {
			for (BotMessage message : List.of(crisisAlert, talkAlert)) {
				BotMessage now = moderatorsMessageWithId(message.messageId());
				assertThat(now.text()).isEqualTo(takenText);
				assertThat(now.buttons()).isEmpty();
			}
		});
		person.sees("Someone from our team has seen your message and is on it now.");
		assertThat(person.texts()).filteredOn((text) -> text.startsWith("Someone from our team")).hasSize(1);
	}

	@Test
	void theLowestMoodGetsTheLinesToCallAndAnAlertOncePerAnswer() {
		Instant at = Instant.parse("2026-12-01T18:00:00Z");
		// The chat exists once the person has written to the bot.
		new Person(telegram, this.mongo, 8201, "ru").says("/start");
		int before = telegram.emulator().users().messages(8201).size();
		this.participants.recordConsent(8201, "ru", "onboarding@3", at);
		this.participants.completeOnboarding(8201, "recovery", Map.of("pseudonym", "Тихая Сова"), at);
		String ref = this.refs.of(8201);
		LowMood mood = new LowMood(8201, "recovery", at.plusSeconds(60));

		this.events.publishEvent(mood);
		// The same answer handled again (a retried update) answers nothing twice.
		this.events.publishEvent(mood);

		await().until(() -> moderatorsMessage("⚠️ " + ref) != null && nothingWaiting());
		List<BotMessage> all = telegram.emulator().users().messages(8201);
		List<BotMessage> toPerson = all.subList(before, all.size());
		assertThat(toPerson).singleElement().satisfies((message) -> {
			assertThat(message.text()).startsWith("Мне жаль, что сегодня так тяжело.")
				.contains("позвоните по номеру 112", "8 800 100-10-10", "наша команда об этом знает")
				.doesNotContain("0800");
			assertThat(message.buttons()).flatExtracting((row) -> row)
				.extracting(BotMessage.Button::text)
				.containsExactly("🙋 Хочу поговорить с человеком");
		});
		Alert alert = crisisAlertOf(8201);
		assertThat(alert.programme()).isEqualTo("recovery");
		assertThat(alert.locale()).isEqualTo("ru");
		assertThat(telegram.emulator().users().messages(MODERATORS))
			.filteredOn((message) -> message.text().contains(ref))
			.singleElement()
			.satisfies((message) -> {
				assertThat(message.text()).isEqualTo("⚠️ " + ref + " (programme: recovery) answered a check-in "
						+ "with the lowest mood (1 of 5). They were sent the hotline text. Please reach out to them now.");
				assertThat(message.buttonData()).containsExactly("al:" + alert.id());
			});
	}

	private Alert crisisAlertOf(long chatId) {
		return this.alerts.list(null, false, 100)
			.stream()
			.filter((alert) -> alert.chatId() == chatId && alert.reason() == ModeratorAlerts.Reason.CRISIS)
			.findFirst()
			.orElseThrow();
	}

	private static BotMessage moderatorsMessage(String start) {
		return telegram.emulator()
			.users()
			.messages(MODERATORS)
			.stream()
			.filter((message) -> message.text() != null && message.text().startsWith(start))
			.findFirst()
			.orElse(null);
	}

	private static BotMessage moderatorsMessageWithId(long messageId) {
		return telegram.emulator()
			.users()
			.messages(MODERATORS)
			.stream()
			.filter((message) -> message.messageId() == messageId)
			.findFirst()
			.orElseThrow();
	}

	private static List<String> answers(long userId) {
		return telegram.emulator().users().callbackAnswers(userId).stream().map(CallbackAnswer::text).toList();
	}

	private boolean handled(long updateId) {
		Document entry = this.mongo.getCollection("inbox").find(new Document("_id", updateId)).first();
		return entry != null && "DONE".equals(entry.getString("state"));
	}

	private boolean nothingWaiting() {
		return this.mongo.getCollection("outbox").countDocuments(new Document("state", "PENDING")) == 0;
	}

	/**
	 * A second moderator joins the moderators' chat through an invite link of the bot's.
	 */
	private static void joinModerators(long userId) {
		try {
			URI uri = URI
				.create(telegram.emulator().baseUrl() + "/bot" + EmulatorFixture.TOKEN + "/createChatInviteLink");
			HttpRequest request = HttpRequest.newBuilder(uri)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"chat_id\":" + MODERATORS + "}"))
				.build();
			String body = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
			Matcher link = Pattern.compile("\"invite_link\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
			if (!link.find()) {
				throw new IllegalStateException("No invite link in " + body);
			}
			telegram.emulator().users().join(userId, link.group(1).replace("\\/", "/"));
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
