package org.peersupport.web.support;

import java.time.Duration;
import java.util.List;

import org.bson.Document;
import org.peersupport.sandbox.BotApiEmulator;
import org.peersupport.sandbox.BotMessage;
import org.peersupport.sandbox.SentUpdate;

import org.springframework.data.mongodb.core.MongoOperations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A Telegram user on the sandbox emulator's user side: writes and presses, then waits
 * until the bot has handled the update and sent everything it stored.
 */
public final class TelegramUser {

	private final BotApiEmulator emulator;

	private final MongoOperations mongo;

	private final long chatId;

	private final String language;

	public TelegramUser(BotApiEmulator emulator, MongoOperations mongo, long chatId, String language) {
		this.emulator = emulator;
		this.mongo = mongo;
		this.chatId = chatId;
		this.language = language;
	}

	/** Sends a text and waits until the bot is done with it. */
	public TelegramUser says(String text) {
		settle(this.emulator.users().sendText(this.chatId, text, this.language));
		return this;
	}

	/** Presses the button with this label on the newest message that carries one. */
	public TelegramUser presses(String label) {
		List<BotMessage> messages = this.emulator.users().messages(this.chatId);
		for (int i = messages.size() - 1; i >= 0; i--) {
			BotMessage message = messages.get(i);
			for (List<BotMessage.Button> row : message.buttons()) {
				for (BotMessage.Button button : row) {
					if (button.text().equals(label)) {
						settle(this.emulator.users().press(this.chatId, message.messageId(), button.data()));
						return this;
					}
				}
			}
		}
		throw new AssertionError("No message in chat " + this.chatId + " has a button '" + label + "'");
	}

	/** The newest text the bot sent to this chat. */
	public String lastText() {
		List<BotMessage> messages = this.emulator.users().messages(this.chatId);
		return messages.isEmpty() ? "" : messages.get(messages.size() - 1).text();
	}

	/** Asserts the bot's newest message starts with the text. */
	public TelegramUser sees(String start) {
		assertThat(lastText()).startsWith(start);
		return this;
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

}
