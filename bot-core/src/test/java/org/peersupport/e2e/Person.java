package org.peersupport.e2e;

import java.time.Duration;
import java.util.List;

import org.bson.Document;
import org.peersupport.sandbox.BotMessage;
import org.peersupport.sandbox.SandboxUsers;
import org.peersupport.sandbox.SentUpdate;

import org.springframework.data.mongodb.core.MongoOperations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A Telegram user in end-to-end tests: writes and presses through the emulator, then
 * waits until the bot has handled the update and sent everything it stored for the chat.
 */
final class Person {

	private final EmulatorFixture telegram;

	private final MongoOperations mongo;

	private final long chatId;

	private final String language;

	Person(EmulatorFixture telegram, MongoOperations mongo, long chatId, String language) {
		this.telegram = telegram;
		this.mongo = mongo;
		this.chatId = chatId;
		this.language = language;
	}

	long chatId() {
		return this.chatId;
	}

	SandboxUsers users() {
		return this.telegram.emulator().users();
	}

	/** Sends a text and waits until the bot is done with it. */
	Person says(String text) {
		settle(users().sendText(this.chatId, text, this.language));
		return this;
	}

	/** Presses the button with this label on the newest message that carries one. */
	Person presses(String label) {
		BotMessage message = lastWithButton(label);
		String data = message.buttons()
			.stream()
			.flatMap(List::stream)
			.filter((button) -> button.text().equals(label))
			.findFirst()
			.orElseThrow()
			.data();
		return pressesData(message.messageId(), data);
	}

	/** Presses a button with this data (forged or stale if no button carries it). */
	Person pressesData(long messageId, String data) {
		settle(users().press(this.chatId, messageId, data));
		return this;
	}

	/** Sends a sticker and waits until the bot is done with it. */
	Person sendsSticker() {
		settle(users().sendContent(this.chatId, "sticker"));
		return this;
	}

	/**
	 * Sends media (photo, voice, document, sticker) with a caption or none, and waits
	 * until the bot is done with it.
	 */
	Person sends(String kind, String caption) {
		settle(users().sendContent(this.chatId, kind, caption));
		return this;
	}

	/** The texts the bot sent, oldest first. */
	List<String> texts() {
		return this.telegram.texts(this.chatId);
	}

	String lastText() {
		List<String> texts = texts();
		return texts.get(texts.size() - 1);
	}

	BotMessage lastMessage() {
		List<BotMessage> messages = users().messages(this.chatId);
		return messages.get(messages.size() - 1);
	}

	/** The labels of the buttons of the newest message that has buttons. */
	List<String> lastButtons() {
		List<BotMessage> messages = users().messages(this.chatId);
		for (int i = messages.size() - 1; i >= 0; i--) {
			if (!messages.get(i).buttons().isEmpty()) {
				return messages.get(i).buttons().stream().flatMap(List::stream).map(BotMessage.Button::text).toList();
			}
		}
		return List.of();
	}

	BotMessage lastWithButton(String label) {
		List<BotMessage> messages = users().messages(this.chatId);
		for (int i = messages.size() - 1; i >= 0; i--) {
			boolean has = messages.get(i)
				.buttons()
				.stream()
				.flatMap(List::stream)
				.anyMatch((button) -> button.text().equals(label));
			if (has) {
				return messages.get(i);
			}
		}
		throw new AssertionError("No message in chat " + this.chatId + " has a button '" + label + "'; buttons: "
				+ lastButtons() + "; texts: " + texts());
	}

	private void settle(SentUpdate update) {
		long updateId = update.updateId();
		await().atMost(Duration.ofSeconds(20)).until(() -> handled(updateId) && nothingWaiting());
	}

	private boolean handled(long updateId) {
		Document entry = this.mongo.getCollection("inbox").find(new Document("_id", updateId)).first();
		return entry != null && "DONE".equals(entry.getString("state"));
	}

	private boolean nothingWaiting() {
		return this.mongo.getCollection("outbox").countDocuments(new Document("state", "PENDING")) == 0;
	}

	/**
	 * Asserts the bot's newest message starts with the text, waiting a little for it: an
	 * update that erases the chat (/forget) marks its stored updates handled before its
	 * last replies are stored, so the wait for the update can end before them.
	 */
	void sees(String start) {
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(lastText()).startsWith(start));
	}

}
