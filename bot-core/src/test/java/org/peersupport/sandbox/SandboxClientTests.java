package org.peersupport.sandbox;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.groupadministration.CreateChatInviteLink;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.peersupport.sandbox.BotApiEmulatorTests.keyboard;

class SandboxClientTests {

	private static final long ANN = 42;

	private BotApiEmulator emulator;

	private TelegramTestClient telegram;

	private TelegramClient client;

	private SandboxClient sandbox;

	@BeforeEach
	void start() {
		this.emulator = BotApiEmulator.start(EmulatorSettings.defaults(TelegramTestClient.TOKEN));
		this.telegram = new TelegramTestClient(this.emulator);
		this.client = this.telegram.client();
		this.sandbox = new SandboxClient(this.emulator.baseUrl());
	}

	@AfterEach
	void stop() {
		this.emulator.close();
	}

	@Test
	void updateIdsJumpOverHttp() {
		this.sandbox.nextUpdateId(7);
		assertThat(this.sandbox.sendText(ANN, "Ann", "back", "en").updateId()).isEqualTo(7);
		long random = this.sandbox.nextUpdateIdAtRandom();
		assertThat(this.sandbox.sendText(ANN, "Ann", "random", "en").updateId()).isEqualTo(random);
		assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> this.sandbox.nextUpdateId(0))
			.withMessageContaining("answered 400");
	}

	@Test
	void userTextAndPressTravelOverHttp() throws Exception {
		SentUpdate hello = this.sandbox.sendText(ANN, "Ann", "/start", "pl");
		Message question = this.client.execute(SendMessage.builder()
			.chatId(ANN)
			.text("Język?")
			.replyMarkup(keyboard("Polski", "lang:pl", "English", "lang:en"))
			.build());

		assertThat(this.sandbox.messages(ANN)).singleElement().satisfies((message) -> {
			assertThat(message.text()).isEqualTo("Język?");
			assertThat(message.buttons().get(0)).extracting(BotMessage.Button::text)
				.containsExactly("Polski", "English");
		});
		SentUpdate press = this.sandbox.press(ANN, question.getMessageId(), "lang:en");
		this.client.execute(AnswerCallbackQuery.builder().callbackQueryId(press.callbackQueryId()).text("OK").build());

		assertThat(this.sandbox.callbackAnswers(ANN)).extracting(CallbackAnswer::text).containsExactly("OK");
		assertThat(press.updateId()).isEqualTo(hello.updateId() + 1);
		assertThat(this.telegram.updates()).extracting(Update::getUpdateId)
			.containsExactly((int) hello.updateId(), (int) press.updateId());
	}

	@Test
	void nonTextAndBlockingTravelOverHttp() throws Exception {
		this.sandbox.sendContent(ANN, "voice");
		this.sandbox.block(ANN);

		assertThatExceptionOfType(TelegramApiRequestException.class)
			.isThrownBy(() -> this.client.execute(SendMessage.builder().chatId(ANN).text("hi").build()))
			.satisfies((ex) -> assertThat(ex.getErrorCode()).isEqualTo(403));
		this.sandbox.unblock(ANN);
		assertThat(this.client.execute(SendMessage.builder().chatId(ANN).text("hi").build()).getText()).isEqualTo("hi");
	}

	@Test
	void groupsTravelOverHttp() throws Exception {
		long chatId = this.sandbox.createGroup("Thursday circle");
		String link = this.client.execute(CreateChatInviteLink.builder().chatId(chatId).build()).getInviteLink();

		this.sandbox.join(ANN, link);
		SentUpdate said = this.sandbox.sendGroupText(chatId, ANN, "hi all");
		long newId = this.sandbox.migrate(chatId);

		assertThat(said.messageId()).isPositive();
		assertThat(this.sandbox.memberStatus(newId, ANN)).isEqualTo("member");
		this.sandbox.banByAdmin(newId, SandboxUsers.DEFAULT_GROUP_OWNER, ANN);
		assertThat(this.sandbox.memberStatus(newId, ANN)).isEqualTo("kicked");
		this.sandbox.unbanByAdmin(newId, SandboxUsers.DEFAULT_GROUP_OWNER, ANN);
		assertThat(this.sandbox.memberStatus(newId, ANN)).isEqualTo("left");
		assertThat(this.sandbox.memberStatus(newId, SandboxUsers.DEFAULT_GROUP_OWNER)).isEqualTo("creator");
	}

	@Test
	void statsFaultsLimitsAndResetTravelOverHttp() throws Exception {
		this.sandbox.sendText(ANN, "/start", null);
		this.sandbox.limits(new EmulatorLimits(10, 1, 0.1, 10, true));
		this.client.execute(SendMessage.builder().chatId(ANN).text("one").build());
		assertThatExceptionOfType(TelegramApiRequestException.class)
			.isThrownBy(() -> this.client.execute(SendMessage.builder().chatId(ANN).text("two").build()))
			// 10 s for the chat's next token, less the time the first send took on a slow
			// machine
			.satisfies((ex) -> assertThat(ex.getParameters().getRetryAfter()).isBetween(5, 10));
		this.sandbox.limits(EmulatorLimits.off());
		this.sandbox.faults(new FaultSettings(1.0, 0, 0, 3L, false));
		assertThatExceptionOfType(TelegramApiRequestException.class)
			.isThrownBy(() -> this.client.execute(SendMessage.builder().chatId(ANN).text("three").build()));
		this.sandbox.faults(FaultSettings.none());

		EmulatorStats.Snapshot stats = this.sandbox.stats();

		assertThat(stats.requestsByMethod()).containsEntry("sendMessage", 3L);
		assertThat(stats.tooManyRequests()).isEqualTo(1);
		assertThat(stats.serverErrors()).isEqualTo(1);
		assertThat(stats.sentMessages()).isEqualTo(1);
		assertThat(this.sandbox.reset()).isEqualTo(stats.lastUpdateId());
		assertThat(this.sandbox.messages(ANN)).isEmpty();
	}

	@Test
	void unknownThingsAre404AndRefusedActionsAre409() {
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> this.sandbox.join(ANN, "https://t.me/+nothing"))
			.withMessageContaining("404");
		long chatId = this.sandbox.createGroup("Closed circle");
		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> this.sandbox.sendGroupText(chatId, ANN, "let me in"))
			.withMessageContaining("409");
		assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> this.sandbox.press(ANN, 999, "x"));
	}

	@Test
	void anEmptyTextAnswers400LikeTelegram() throws Exception {
		for (String text : new String[] { "", "   " }) {
			HttpResponse<String> response = postJson("users/" + ANN + "/messages", "{\"text\":\"" + text + "\"}");

			assertThat(response.statusCode()).as("text '%s'", text).isEqualTo(400);
			assertThat(response.body()).contains("Bad Request: message text is empty");
		}
		assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> this.sandbox.sendText(ANN, "", "en"))
			.withMessageContaining("400")
			.withMessageContaining("message text is empty");
		assertThat(this.emulator.lastUpdateId()).isZero();
	}

	@Test
	void aUserCannotPressAButtonInAnotherUsersPrivateChat() throws Exception {
		long bea = 43;
		this.sandbox.sendText(ANN, "/start", "en");
		Message question = this.client.execute(SendMessage.builder()
			.chatId(ANN)
			.text("Erase everything?")
			.replyMarkup(keyboard("Yes", "forget:yes", "No", "forget:no"))
			.build());
		long before = this.emulator.lastUpdateId();

		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> this.sandbox.press(bea, ANN, question.getMessageId(), "forget:yes"))
			.withMessageContaining("409");
		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> this.emulator.users().press(bea, ANN, question.getMessageId(), "forget:yes"));
		HttpResponse<String> response = postJson("users/" + bea + "/press",
				"{\"chatId\":" + ANN + ",\"messageId\":" + question.getMessageId() + ",\"data\":\"forget:yes\"}");

		assertThat(response.statusCode()).isEqualTo(409);
		assertThat(this.emulator.lastUpdateId()).isEqualTo(before);
		assertThat(this.sandbox.press(ANN, question.getMessageId(), "forget:no").updateId()).isEqualTo(before + 1);
	}

	private HttpResponse<String> postJson(String path, String body) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.emulator.baseUrl() + "/sandbox/" + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

}
