package org.peersupport.messaging;

/**
 * What an inbound event is, independent of Telegram's update shapes.
 */
public enum InboundKind {

	/** A text message that is not a command. */
	TEXT,
	/** A message starting with a bot command, e.g. {@code /start}. */
	COMMAND,
	/** A press of an inline button. */
	BUTTON,
	/** A sticker, photo, voice note or other message without text. */
	NON_TEXT,
	/**
	 * The bot's own membership in a chat changed (blocked, unblocked, added to a group).
	 */
	BOT_MEMBERSHIP,
	/** A user asks to join a group through an invite link. */
	JOIN_REQUEST,
	/** A member left a group, or was removed from it ({@code userId} is who left). */
	MEMBER_LEFT,
	/**
	 * A member's status in a group was changed by someone other than the bot
	 * ({@code chat_member}): {@code userId} is the member, {@code memberStatus} their new
	 * status, {@code text} their old one, {@code actorId} who changed it (an
	 * administrator banning or unbanning them, or the member themselves).
	 */
	MEMBER_STATUS,
	/** A group was migrated to a supergroup with a new chat id. */
	CHAT_MIGRATED,
	/** Anything else the bot receives but does not act on. */
	OTHER

}
