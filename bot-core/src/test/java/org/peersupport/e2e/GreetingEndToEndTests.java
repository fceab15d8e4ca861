package org.peersupport.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.peersupport.BotTestApplication;
import org.peersupport.sandbox.BotMessage;
import org.peersupport.sandbox.SandboxUsers;
import org.peersupport.store.MemoryStore;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(classes = BotTestApplication.class)
@MemoryStore
class GreetingEndToEndTests {

	static final EmulatorFixture telegram = EmulatorFixture.start();

	@Autowired
	MongoOperations mongo;

	@DynamicPropertySource
	static void pointAtEmulator(DynamicPropertyRegistry registry) {
		telegram.register(registry);
	}

	@AfterAll
	static void stopEmulator() {
		telegram.close();
	}

	@Test
	void startGreetsWithButtonsAndPressingOneEditsTheMessage() {
		SandboxUsers users = telegram.emulator().users();
		users.sendText(501, "/start", "en");
		await().until(() -> users.messages(501).size() == 1);
		BotMessage greeting = users.messages(501).get(0);
		assertThat(greeting.text()).startsWith("Hello!");
		assertThat(greeting.buttons()).hasSize(4);

		String english = greeting.buttons().get(3).get(0).data();
		users.press(501, greeting.messageId(), english);
		await().until(() -> users.messages(501).get(0).edits() == 1);
		BotMessage edited = users.messages(501).get(0);
		assertThat(edited.text()).startsWith("Hello!").endsWith("» English");
		assertThat(edited.buttons()).isEmpty();
		await().until(() -> users.callbackAnswers(501).size() == 1);
		await().until(() -> users.messages(501).size() == 2);
		assertThat(users.messages(501).get(1).text()).startsWith("Before we begin");
	}

	@Test
	void theParticipantCommandsAreRegisteredInEveryLanguage() throws Exception {
		for (String language : List.of("ru", "uk", "pl", "en", "")) {
			await().until(() -> myCommands(language).contains("\"command\":\"forget\""));
		}
		assertThat(myCommands("ru")).contains("Показать меню");
		assertThat(myCommands("")).contains("Erase everything we keep about you");
	}

	/** getMyCommands as the Bot API answers it, for one language ("" for the default). */
	private static String myCommands(String language) throws Exception {
		URI uri = URI.create(telegram.emulator().baseUrl() + "/bot" + EmulatorFixture.TOKEN + "/getMyCommands");
		String body = language.isEmpty() ? "{}" : "{\"language_code\":\"" + language + "\"}";
		HttpRequest request = HttpRequest.newBuilder(uri)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
	}

	@Test
	void theGreetingSpeaksThePersonsLanguage() {
		SandboxUsers users = telegram.emulator().users();
		users.sendText(502, "/start", "uk");
		await().until(() -> users.messages(502).size() == 1);
		assertThat(users.messages(502).get(0).text()).startsWith("Вітаю!");
	}

	@Test
	void unknownCommandsStickersAndForgedButtonsGetAPoliteAnswer() {
		SandboxUsers users = telegram.emulator().users();
		users.sendText(503, "/nosuchthing", "en");
		await().until(() -> telegram.texts(503).size() == 1);
		users.sendContent(503, "sticker");
		await().until(() -> telegram.texts(503).size() == 2);
		assertThat(telegram.texts(503)).containsExactly("I don’t know this command. Send /help to see what I can do.",
				"Thank you! I can only read text for now. Please write to me in words.");

		users.sendText(503, "/start", "en");
		await().until(() -> telegram.texts(503).size() == 3);
		long messageId = users.messages(503).get(2).messageId();
		users.press(503, messageId, "admin:delete-everything");
		await().until(() -> users.callbackAnswers(503).size() == 1);
		assertThat(users.callbackAnswers(503).get(0).text()).startsWith("This button is no longer active.");
		String real = users.messages(503).get(2).buttonData().get(0);
		String forged = real.substring(0, real.lastIndexOf(':') + 1) + "AAAAAAAAAAAAAAAA";
		users.press(503, messageId, forged);
		await().until(() -> users.callbackAnswers(503).size() == 2);
		assertThat(users.callbackAnswers(503).get(1).text()).startsWith("This button is no longer active.");
		assertThat(users.messages(503).get(2).edits()).isZero();
		assertThat(telegram.texts(503)).hasSize(3);
	}

	@Test
	void theInboxKeepsNoTextOnceHandled() {
		SandboxUsers users = telegram.emulator().users();
		users.sendText(504, "my name is Secret Person", "en");
		await().until(() -> telegram.texts(504).size() == 1);
		await().until(() -> this.mongo.getCollection("inbox").countDocuments(new Document("state", "PENDING")) == 0);
		List<String> stored = this.mongo.getCollection("inbox")
			.find()
			.map(Document::toJson)
			.into(new java.util.ArrayList<>());
		assertThat(stored).noneMatch((json) -> json.contains("Secret Person"));
		List<String> outbox = this.mongo.getCollection("outbox")
			.find()
			.map(Document::toJson)
			.into(new java.util.ArrayList<>());
		assertThat(outbox).noneMatch((json) -> json.contains("Secret Person"));
	}

}
