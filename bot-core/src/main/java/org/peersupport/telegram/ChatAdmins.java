package org.peersupport.telegram;

import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatMember;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMember;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Whether a user administers a group, asked of the Bot API (getChatMember) when a command
 * arrives in a group, so that moderation commands work only for the group's
 * administrators. Not cached: a demoted administrator loses the commands at once.
 */
class ChatAdmins {

	private final TelegramClient client;

	ChatAdmins(TelegramClient client) {
		this.client = client;
	}

	/**
	 * Whether the user is the group's creator or an administrator; not when Telegram
	 * refuses the question (an unknown user, a group the bot left): such an answer would
	 * not change if asked again.
	 * @throws IllegalStateException if Telegram cannot be asked now (the network, a 5xx,
	 * a 429): the update is then not stored, and Telegram delivers it again
	 */
	boolean administers(long chatId, long userId) {
		try {
			ChatMember member = this.client.execute(new GetChatMember(Long.toString(chatId), userId));
			String status = (member != null) ? member.getStatus() : null;
			return "creator".equals(status) || "administrator".equals(status);
		}
		catch (TelegramApiRequestException ex) {
			int code = (ex.getErrorCode() != null) ? ex.getErrorCode() : 0;
			if (code == 400 || code == 403) {
				return false;
			}
			throw new IllegalStateException("getChatMember failed with " + code, ex);
		}
		catch (TelegramApiException ex) {
			throw new IllegalStateException("getChatMember failed: " + ex.getClass().getSimpleName(), ex);
		}
	}

}
