package org.peersupport.sandbox;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.CopyMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.DeleteMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageReplyMarkup;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.MessageId;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberUpdated;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboard;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.peersupport.sandbox.BotApiEmulatorTests.keyboard;

class ConversationMethodsTests {

	private static final long ANN = 42;

	private static final long BEN = 43;

	private BotApiEmulator emulator;

	private TelegramTestClient telegram;

	private TelegramClient client;

	@BeforeEach
	void start() {
		this.emulator = BotApiEmulator.start(EmulatorSettings.defaults(TelegramTestClient.TOKEN));
		this.telegram = new TelegramTestClient(this.emulator);
		this.client = this.telegram.client();
		this.emulator.users().sendText(ANN, "Ann", "/start", "en");
	}

	@AfterEach
	void stop() {
		this.emulator.close();
	}

	@Test
	void pressDeliversACallbackQueryWithTheDataAndTheMessage() throws Exception {
		Message question = send("How are you?", keyboard("Good", "mood:good", "Bad", "mood:bad"));
		this.telegram.updates();

		SentUpdate press = this.emulator.users().press(ANN, question.getMessageId(), "mood:bad");

		CallbackQuery query = this.telegram.updates().get(0).getCallbackQuery();
		assertThat(query.getId()).isEqualTo(press.callbackQueryId());
		assertThat(query.getData()).isEqualTo("mood:bad");
		assertThat(query.getFrom().getId()).isEqualTo(ANN);
		assertThat(((Message) query.getMessage()).getMessageId()).isEqualTo(question.getMessageId());
		assertThat(this.emulator.stats().forgedPresses()).isZero();
	}

	@Test
	void pressWithDataNoButtonCarriesIsDeliveredAndCountedAsForged() throws Exception {
		Message question = send("How are you?", keyboard("Good", "mood:good"));
		this.telegram.updates();

		this.emulator.users().press(ANN, question.getMessageId(), "admin:delete-all");

		assertThat(this.telegram.updates().get(0).getCallbackQuery().getData()).isEqualTo("admin:delete-all");
		assertThat(this.emulator.stats().forgedPresses()).isEqualTo(1);
	}

	@Test
	void answeredPressIsRecordedAndASecondAnswerIsTooOld() throws Exception {
		Message question = send("How are you?", keyboard("Good", "mood:good"));
		SentUpdate press = this.emulator.users().press(ANN, question.getMessageId(), "mood:good");
		AnswerCallbackQuery answer = AnswerCallbackQuery.builder()
			.callbackQueryId(press.callbackQueryId())
			.text("Thanks")
			.showAlert(true)
			.build();

		assertThat(this.client.execute(answer)).isTrue();

		assertThat(this.emulator.users().callbackAnswers(ANN)).containsExactly(
				new CallbackAnswer(press.callbackQueryId(), question.getMessageId(), "mood:good", "Thanks", true));
		assertThatExceptionOfType(TelegramApiRequestException.class).isThrownBy(() -> this.client.execute(answer))
			.satisfies((ex) -> assertThat(ex.getApiResponse()).startsWith("Bad Request: query is too old"));
	}

	@Test
	void editsAreCountedAndTheNewTextAndButtonsShown() throws Exception {
		Message question = send("How are you?", keyboard("Good", "mood:good"));

		Message edited = (Message) this.client.execute(EditMessageText.builder()
			.chatId(ANN)
			.messageId(question.getMessageId())
			.text("Thanks for answering")
			.build());
		this.client.execute(EditMessageReplyMarkup.builder()
			.chatId(ANN)
			.messageId(question.getMessageId())
			.replyMarkup(keyboard("Again", "mood:again"))
			.build());

		assertThat(edited.getEditDate()).isNotNull();
		assertThat(edited.getReplyMarkup()).isNull();
		assertThat(this.emulator.users().messages(ANN)).singleElement().satisfies((message) -> {
			assertThat(message.text()).isEqualTo("Thanks for answering");
			assertThat(message.buttonData()).containsExactly("mood:again");
			assertThat(message.edits()).isEqualTo(2);
		});
	}

	@Test
	void editWithTheSameTextAndButtonsIsNotModified() throws Exception {
		Message question = send("How are you?", keyboard("Good", "mood:good"));

		assertThatExceptionOfType(TelegramApiRequestException.class)
			.isThrownBy(() -> this.client.execute(EditMessageText.builder()
				.chatId(ANN)
				.messageId(question.getMessageId())
				.text("How are you?")
				.replyMarkup(keyboard("Good", "mood:good"))
				.build()))
			.satisfies((ex) -> {
				assertThat(ex.getErrorCode()).isEqualTo(400);
				assertThat(ex.getApiResponse()).startsWith("Bad Request: message is not modified");
			});
		assertThat(this.emulator.users().messages(ANN).get(0).edits()).isZero();
	}

	@Test
	void deletedMessageIsMarkedAndCannotBeEditedOrPressed() throws Exception {
		Message question = send("How are you?", keyboard("Good", "mood:good"));

		assertThat(this.client.execute(new DeleteMessage(String.valueOf(ANN), question.getMessageId()))).isTrue();

		assertThat(this.emulator.users().messages(ANN).get(0).deleted()).isTrue();
		assertThatExceptionOfType(TelegramApiRequestException.class)
			.isThrownBy(() -> this.client.execute(
					EditMessageText.builder().chatId(ANN).messageId(question.getMessageId()).text("changed").build()))
			.satisfies((ex) -> assertThat(ex.getApiResponse()).isEqualTo("Bad Request: message to edit not found"));
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> this.emulator.users().press(ANN, question.getMessageId(), "mood:good"));
	}

	@Test
	void blockedUserAnswers403UntilTheyWriteAgain() throws Exception {
		SentUpdate block = this.emulator.users().block(ANN);

		assertThatExceptionOfType(TelegramApiRequestException.class).isThrownBy(() -> send("Hello", null))
			.satisfies((ex) -> {
				assertThat(ex.getErrorCode()).isEqualTo(403);
				assertThat(ex.getApiResponse()).isEqualTo("Forbidden: bot was blocked by the user");
			});
		List<Update> updates = this.telegram.updates();
		ChatMemberUpdated blocked = updates.get(updates.size() - 1).getMyChatMember();
		assertThat(updates.get(updates.size() - 1).getUpdateId()).isEqualTo((int) block.updateId());
		assertThat(blocked.getNewChatMember().getStatus()).isEqualTo("kicked");
		assertThat(blocked.getOldChatMember().getStatus()).isEqualTo("member");

		this.emulator.users().sendText(ANN, "/start", null);

		assertThat(send("Welcome back", null).getText()).isEqualTo("Welcome back");
	}

	@Test
	void textOver4096CharactersIsTooLong() throws Exception {
		assertThat(send("a".repeat(4096), null).getText()).hasSize(4096);

		assertThatExceptionOfType(TelegramApiRequestException.class).isThrownBy(() -> send("a".repeat(4097), null))
			.satisfies((ex) -> assertThat(ex.getApiResponse()).isEqualTo("Bad Request: message is too long"));
	}

	@Test
	void callbackDataOver64BytesIsInvalid() throws Exception {
		String sixtyFourBytes = "ж".repeat(32);
		send("ok", keyboard("Fits", sixtyFourBytes));

		assertThatExceptionOfType(TelegramApiRequestException.class)
			.isThrownBy(() -> send("too much", keyboard("Long", sixtyFourBytes + "x")))
			.satisfies((ex) -> assertThat(ex.getApiResponse()).isEqualTo("Bad Request: BUTTON_DATA_INVALID"));
		assertThat(this.emulator.users().messages(ANN)).hasSize(1);
	}

	@Test
	void emptyTextIsRefused() throws Exception {
		HttpResponse<String> response = this.telegram.rawJson("sendMessage", "{\"chat_id\":42,\"text\":\"\"}");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("Bad Request: message text is empty");
	}

	@Test
	void nonTextMessagesReachTheBotAsTelegramShapes() throws Exception {
		this.telegram.updates();
		for (String kind : List.of("sticker", "photo", "voice", "document")) {
			this.emulator.users().sendContent(ANN, kind);
		}

		List<Message> messages = this.telegram.updates().stream().map(Update::getMessage).toList();

		assertThat(messages).hasSize(4).allSatisfy((message) -> assertThat(message.hasText()).isFalse());
		assertThat(messages.get(0).hasSticker()).isTrue();
		assertThat(messages.get(1).hasPhoto()).isTrue();
		assertThat(messages.get(2).hasVoice()).isTrue();
		assertThat(messages.get(3).hasDocument()).isTrue();
	}

	private Message send(String text, ReplyKeyboard markup) throws Exception {
		return this.client.execute(SendMessage.builder().chatId(ANN).text(text).replyMarkup(markup).build());
	}

	@Test
	void copyMessageMakesANewMessageOfTheBotsWithTheCaptionGiven() throws Exception {
		this.emulator.users().sendText(BEN, "Ben", "/start", "en");
		SentUpdate photo = this.emulator.users().sendContent(ANN, "photo", "From the office");

		MessageId copy = this.client.execute(CopyMessage.builder()
			.chatId(BEN)
			.fromChatId(ANN)
			.messageId(Math.toIntExact(photo.messageId()))
			.caption("💬 From Ann's side:\nFrom the office")
			.build());

		List<BotMessage> received = this.emulator.users().messages(BEN);
		BotMessage copied = received.get(received.size() - 1);
		assertThat(copied.messageId()).isEqualTo(copy.getMessageId());
		assertThat(copied.media()).isEqualTo("photo");
		assertThat(copied.text()).isEqualTo("💬 From Ann's side:\nFrom the office");
		assertThat(this.emulator.stats().sentMessages()).isPositive();
	}

	@Test
	void copyMessageRefusesACaptionForAStickerAndAMessageThatIsNotThere() throws Exception {
		this.emulator.users().sendText(BEN, "Ben", "/start", "en");
		SentUpdate sticker = this.emulator.users().sendContent(ANN, "sticker");

		assertThatExceptionOfType(TelegramApiRequestException.class)
			.isThrownBy(() -> this.client.execute(CopyMessage.builder()
				.chatId(BEN)
				.fromChatId(ANN)
				.messageId(Math.toIntExact(sticker.messageId()))
				.caption("header")
				.build()))
			.satisfies((ex) -> assertThat(ex.getApiResponse()).contains("can't have a caption"));
		assertThatExceptionOfType(TelegramApiRequestException.class).isThrownBy(
				() -> this.client.execute(CopyMessage.builder().chatId(BEN).fromChatId(ANN).messageId(9999).build()))
			.satisfies((ex) -> assertThat(ex.getApiResponse()).contains("message to copy not found"));
		this.client.execute(CopyMessage.builder()
			.chatId(BEN)
			.fromChatId(ANN)
			.messageId(Math.toIntExact(sticker.messageId()))
			.build());
		List<BotMessage> received = this.emulator.users().messages(BEN);
		assertThat(received.get(received.size() - 1).media()).isEqualTo("sticker");
		assertThat(received.get(received.size() - 1).text()).isNull();
	}

}
