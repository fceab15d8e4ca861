package org.peersupport.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.peersupport.BotTestApplication;
import org.peersupport.messaging.InboxEntry;
import org.peersupport.sandbox.SandboxUsers;
import org.peersupport.store.MemoryStore;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(classes = BotTestApplication.class)
@MemoryStore
class WebhookEndToEndTests {

	static final EmulatorFixture telegram = EmulatorFixture.start();

	static final int PORT = freePort();

	static final String SECRET = "webhook-secret-42";

	static final URI WEBHOOK = URI.create("http://127.0.0.1:" + PORT + "/telegram/webhook");

	private final HttpClient http = HttpClient.newHttpClient();

	@Autowired
	MongoOperations mongo;

	@DynamicPropertySource
	static void webhookMode(DynamicPropertyRegistry registry) {
		telegram.register(registry);
		registry.add("peer.telegram.webhook-url", WEBHOOK::toString);
		registry.add("peer.telegram.webhook-secret", () -> SECRET);
		registry.add("peer.telegram.webhook-port", () -> PORT);
		registry.add("peer.telegram.webhook-bind-address", () -> "127.0.0.1");
	}

	@AfterAll
	static void stopEmulator() {
		telegram.close();
	}

	@Test
	void updatesArriveByWebhookAndAreAnswered() {
		SandboxUsers users = telegram.emulator().users();
		users.sendText(1101, "/start", "en");
		await().atMost(Duration.ofSeconds(20)).until(() -> telegram.texts(1101).size() == 1);
		assertThat(telegram.texts(1101).get(0)).startsWith("Hello!");
		assertThat(telegram.emulator().stats().webhookDeliveries()).isPositive();
	}

	@Test
	void aWrongOrMissingSecretGets401AndNothingIsStored() throws Exception {
		long before = this.mongo.count(new Query(), InboxEntry.class);
		assertThat(post(update(880001, 1102), "wrong-secret").statusCode()).isEqualTo(401);
		assertThat(post(update(880002, 1102), null).statusCode()).isEqualTo(401);
		assertThat(this.mongo.count(new Query(), InboxEntry.class)).isEqualTo(before);
		assertThat(this.mongo.findById(880001L, InboxEntry.class)).isNull();
	}

	@Test
	void aDuplicateUpdateIdIsHandledOnce() throws Exception {
		SandboxUsers users = telegram.emulator().users();
		users.sendText(1103, "hi", "en");
		await().atMost(Duration.ofSeconds(20)).until(() -> telegram.texts(1103).size() == 1);
		assertThat(post(update(880010, 1103), SECRET).statusCode()).isEqualTo(200);
		assertThat(post(update(880010, 1103), SECRET).statusCode()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(20)).until(() -> telegram.texts(1103).size() == 2);
		await().during(Duration.ofSeconds(1)).until(() -> telegram.texts(1103).size() == 2);
		assertThat(telegram.texts(1103).get(1)).startsWith("Hello!");
	}

	@Test
	void aBodyThatIsNotAnUpdateGets400() throws Exception {
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(WEBHOOK)
			.header("X-Telegram-Bot-Api-Secret-Token", SECRET)
			.POST(HttpRequest.BodyPublishers.ofString("not json"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(400);
	}

	private HttpResponse<String> post(String body, String secret) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(WEBHOOK)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (secret != null) {
			request.header("X-Telegram-Bot-Api-Secret-Token", secret);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String update(long updateId, long userId) {
		return """
				{"update_id":%d,"message":{"message_id":%d,"date":1790000000,
				 "chat":{"id":%d,"type":"private"},"from":{"id":%d,"is_bot":false,"first_name":"T","language_code":"en"},
				 "text":"/start","entities":[{"type":"bot_command","offset":0,"length":6}]}}"""
			.formatted(updateId, updateId, userId, userId);
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
