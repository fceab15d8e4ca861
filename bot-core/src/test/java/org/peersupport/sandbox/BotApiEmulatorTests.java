package org.peersupport.sandbox;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

class BotApiEmulatorTests {

	private BotApiEmulator emulator;

	private TelegramTestClient telegram;

	@BeforeEach
	void start() {
		this.emulator = BotApiEmulator.start(EmulatorSettings.defaults(TelegramTestClient.TOKEN));
		this.telegram = new TelegramTestClient(this.emulator);
	}

	@AfterEach
	void stop() {
		this.emulator.close();
	}

	@Test
	void getMeAnswersTheConfiguredBot() throws Exception {
		User me = this.telegram.client().execute(new GetMe());

		assertThat(me.getIsBot()).isTrue();
		assertThat(me.getUserName()).isEqualTo("peer_support_sandbox_bot");
		assertThat(me.getId()).isEqualTo(7_000_000_001L);
		assertThat(this.emulator.stats().requests("getMe")).isEqualTo(1);
	}

	@Test
	void userTextReachesTheLongPollingBot() throws Exception {
		List<Update> received = new CopyOnWriteArrayList<>();
		SentUpdate sent;
		try (TelegramBotsLongPollingApplication app = new TelegramBotsLongPollingApplication()) {
			app.registerBot(TelegramTestClient.TOKEN, () -> TelegramTestClient.url(this.emulator),
					new DefaultGetUpdatesGenerator(), received::addAll);
			await().until(() -> this.emulator.stats().requests("getUpdates") > 0);

			sent = this.emulator.users().sendText(42, "Ann", "/start hello", "uk");

			await().until(() -> !received.isEmpty());
		}
		Update update = received.get(0);
		assertThat(update.getMessage().getText()).isEqualTo("/start hello");
		assertThat(update.getMessage().getEntities()).singleElement().satisfies((entity) -> {
			assertThat(entity.getType()).isEqualTo("bot_command");
			assertThat(entity.getOffset()).isZero();
			assertThat(entity.getLength()).isEqualTo("/start".length());
		});
		assertThat(update.getUpdateId()).isEqualTo((int) sent.updateId());
		assertThat(update.getMessage().getChatId()).isEqualTo(42L);
		assertThat(update.getMessage().getFrom().getLanguageCode()).isEqualTo("uk");
		assertThat(update.getMessage().getFrom().getFirstName()).isEqualTo("Ann");
		assertThat(this.emulator.stats().requests("deleteWebhook")).isEqualTo(1);
	}

	@Test
	void offsetConfirmsReceivedUpdates() throws Exception {
		SentUpdate first = this.emulator.users().sendText(42, "one", null);
		SentUpdate second = this.emulator.users().sendText(43, "two", null);

		assertThat(this.telegram.updates()).extracting(Update::getUpdateId)
			.containsExactly((int) first.updateId(), (int) second.updateId());
		assertThat(this.telegram.updates()).isEmpty();
	}

	@Test
	void sentMessageWithInlineKeyboardIsVisibleThroughTheUserSide() throws Exception {
		this.emulator.users().sendText(42, "/start", "en");

		Message sent = this.telegram.client()
			.execute(SendMessage.builder()
				.chatId(42L)
				.text("Pick one")
				.replyMarkup(keyboard("Yes", "answer:yes", "No", "answer:no"))
				.build());

		List<BotMessage> messages = this.emulator.users().messages(42);
		assertThat(messages).singleElement().satisfies((message) -> {
			assertThat(message.messageId()).isEqualTo(sent.getMessageId().longValue());
			assertThat(message.text()).isEqualTo("Pick one");
			assertThat(message.buttonData()).containsExactly("answer:yes", "answer:no");
			assertThat(message.edits()).isZero();
		});
		assertThat(sent.getReplyMarkup().getKeyboard().get(0).get(1).getCallbackData()).isEqualTo("answer:no");
		assertThat(this.emulator.stats().sentMessages()).isEqualTo(1);
	}

	@Test
	void sentMessageListenerSeesEachStoredMessageUntilRemoved() throws Exception {
		this.emulator.users().sendText(42, "hi", "en");
		List<String> seen = new CopyOnWriteArrayList<>();
		SentMessageListener listener = (chatId, message) -> seen
			.add(chatId + ":" + message.messageId() + ":" + message.text());
		this.emulator.addSentMessageListener(listener);

		Message first = this.telegram.client().execute(SendMessage.builder().chatId(42L).text("one").build());
		assertThatExceptionOfType(TelegramApiRequestException.class)
			.isThrownBy(() -> this.telegram.client().execute(SendMessage.builder().chatId(99L).text("lost").build()));
		this.emulator.removeSentMessageListener(listener);
		this.telegram.client().execute(SendMessage.builder().chatId(42L).text("two").build());

		assertThat(seen).containsExactly("42:" + first.getMessageId() + ":one");
		assertThat(this.emulator.users().messages(42)).extracting(BotMessage::text).containsExactly("one", "two");
	}

	@Test
	void sendingToAChatThatNeverTalkedToTheBotAnswersChatNotFound() {
		assertThatExceptionOfType(TelegramApiRequestException.class)
			.isThrownBy(() -> this.telegram.client().execute(SendMessage.builder().chatId(99L).text("hi").build()))
			.satisfies((ex) -> {
				assertThat(ex.getErrorCode()).isEqualTo(400);
				assertThat(ex.getApiResponse()).isEqualTo("Bad Request: chat not found");
			});
	}

	@Test
	void wrongTokenIsUnauthorized() throws Exception {
		HttpResponse<String> response = this.telegram.raw("1:wrong", "getMe", "application/json", "{}");

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.body()).contains("\"error_code\":401").contains("Unauthorized");
	}

	@Test
	void unknownMethodAnswersNotFound() throws Exception {
		HttpResponse<String> response = this.telegram.rawJson("sendTelepathy", "{}");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).isEqualTo("{\"ok\":false,\"error_code\":404,\"description\":\"Not Found\"}");
	}

	@Test
	void formEncodedParametersAreAccepted() throws Exception {
		this.emulator.users().sendText(42, "hi", null);

		HttpResponse<String> response = this.telegram.raw(TelegramTestClient.TOKEN, "sendMessage",
				"application/x-www-form-urlencoded", "chat_id=42&text=Hello%20there");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(this.emulator.users().messages(42)).extracting(BotMessage::text).containsExactly("Hello there");
	}

	static InlineKeyboardMarkup keyboard(String... labelsAndData) {
		InlineKeyboardRow row = new InlineKeyboardRow();
		for (int i = 0; i < labelsAndData.length; i += 2) {
			row.add(InlineKeyboardButton.builder().text(labelsAndData[i]).callbackData(labelsAndData[i + 1]).build());
		}
		return InlineKeyboardMarkup.builder().keyboardRow(row).build();
	}

}
