package org.peersupport.telegram;

import java.util.Locale;

import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The bot's own username, asked of the Bot API (getMe) once and kept, so that a command
 * addressed to another bot ({@code /help@other_bot}) is told apart from one addressed to
 * this bot.
 */
class BotUsername {

	private final TelegramClient client;

	private volatile String username;

	BotUsername(TelegramClient client) {
		this.client = client;
	}

	/** Asks the Bot API for the username, if it is not known yet. */
	void load() throws TelegramApiException {
		if (this.username == null) {
			User me = this.client.execute(new GetMe());
			if (me == null || me.getUserName() == null) {
				throw new TelegramApiException("getMe answered no username");
			}
			this.username = me.getUserName().toLowerCase(Locale.ROOT);
		}
	}

	/**
	 * Whether a command's addressee (what follows its {@code @}) is this bot; Telegram
	 * compares usernames without regard to case.
	 * @throws IllegalStateException if the username is unknown and getMe fails: the
	 * update is then not stored, and Telegram delivers it again
	 */
	boolean isThisBot(String addressee) {
		try {
			load();
		}
		catch (TelegramApiException ex) {
			throw new IllegalStateException("The bot's username is unknown: getMe failed", ex);
		}
		return this.username.equals(addressee.toLowerCase(Locale.ROOT));
	}

}
