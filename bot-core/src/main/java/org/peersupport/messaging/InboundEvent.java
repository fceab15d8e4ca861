package org.peersupport.messaging;

import java.time.Instant;

/**
 * One update from Telegram, translated at the edge into the bot's own terms before it is
 * stored. It carries no names: only ids, the language code and what the person typed or
 * pressed.
 *
 * @param updateId Telegram's update id: the inbox's key for dropping repeats, and nothing
 * else (ids are reused: Telegram picks one at random after a week without updates)
 * @param kind what happened
 * @param chatId the chat the event belongs to (the ordering key)
 * @param chatType private chat or group
 * @param userId the Telegram user who acted, if any
 * @param messageId the message sent, or the message whose button was pressed
 * @param text the message text (without the command for commands), or null; for
 * {@link InboundKind#BOT_MEMBERSHIP} in a group, the administrator rights the bot needs
 * there and lacks (Bot API words, space-separated), or null when it lacks none
 * @param command the command name without slash and bot name, lower case, or null
 * @param buttonData the pressed button's callback data, or null
 * @param buttonPressId the callback query id to answer, or null
 * @param languageCode the user's Telegram language code, or null
 * @param memberStatus the bot's new status in the chat for
 * {@link InboundKind#BOT_MEMBERSHIP}
 * @param migratedToChatId the new chat id for {@link InboundKind#CHAT_MIGRATED}
 * @param receivedAt when the bot received it
 * @param post what a message in a group carries beyond its text (forwarded, a link,
 * media, a reply, an administrator's command), or null elsewhere
 * @param receipt what names this update for good: given by the inbox when it first stores
 * the update, unique over time, the same on every run of the update; outgoing calls and
 * "already handled" marks use it. An event stored before receipts existed reads as
 * {@code u<updateId>}, the origin its replies were stored under then.
 * @param actorId who changed a member's status, for {@link InboundKind#MEMBER_STATUS};
 * null otherwise
 */
public record InboundEvent(long updateId, InboundKind kind, long chatId, ChatType chatType, Long userId, Long messageId,
		String text, String command, String buttonData, String buttonPressId, String languageCode, String memberStatus,
		Long migratedToChatId, Instant receivedAt, PostDetails post, String receipt, Long actorId) {

	public InboundEvent {
		if (receipt == null) {
			receipt = legacyReceipt(updateId);
		}
	}

	/** An event that names no actor apart from its user. */
	public InboundEvent(long updateId, InboundKind kind, long chatId, ChatType chatType, Long userId, Long messageId,
			String text, String command, String buttonData, String buttonPressId, String languageCode,
			String memberStatus, Long migratedToChatId, Instant receivedAt, PostDetails post, String receipt) {
		this(updateId, kind, chatId, chatType, userId, messageId, text, command, buttonData, buttonPressId,
				languageCode, memberStatus, migratedToChatId, receivedAt, post, receipt, null);
	}

	/** An event without a group post's details. */
	public InboundEvent(long updateId, InboundKind kind, long chatId, ChatType chatType, Long userId, Long messageId,
			String text, String command, String buttonData, String buttonPressId, String languageCode,
			String memberStatus, Long migratedToChatId, Instant receivedAt, String receipt) {
		this(updateId, kind, chatId, chatType, userId, messageId, text, command, buttonData, buttonPressId,
				languageCode, memberStatus, migratedToChatId, receivedAt, null, receipt);
	}

	/**
	 * An event as translated at the edge, before the inbox gives it its receipt.
	 */
	public InboundEvent(long updateId, InboundKind kind, long chatId, ChatType chatType, Long userId, Long messageId,
			String text, String command, String buttonData, String buttonPressId, String languageCode,
			String memberStatus, Long migratedToChatId, Instant receivedAt) {
		this(updateId, kind, chatId, chatType, userId, messageId, text, command, buttonData, buttonPressId,
				languageCode, memberStatus, migratedToChatId, receivedAt, null, null);
	}

	/** The receipt of an update stored before receipts existed. */
	static String legacyReceipt(long updateId) {
		return "u" + updateId;
	}

	/** The same event with what its message carries beyond its text. */
	public InboundEvent withPost(PostDetails newPost) {
		return new InboundEvent(this.updateId, this.kind, this.chatId, this.chatType, this.userId, this.messageId,
				this.text, this.command, this.buttonData, this.buttonPressId, this.languageCode, this.memberStatus,
				this.migratedToChatId, this.receivedAt, newPost, this.receipt, this.actorId);
	}

	/** The same event naming who changed a member's status. */
	public InboundEvent withActor(Long newActorId) {
		return new InboundEvent(this.updateId, this.kind, this.chatId, this.chatType, this.userId, this.messageId,
				this.text, this.command, this.buttonData, this.buttonPressId, this.languageCode, this.memberStatus,
				this.migratedToChatId, this.receivedAt, this.post, this.receipt, newActorId);
	}

	/** The same event with another receipt. */
	public InboundEvent withReceipt(String newReceipt) {
		return new InboundEvent(this.updateId, this.kind, this.chatId, this.chatType, this.userId, this.messageId,
				this.text, this.command, this.buttonData, this.buttonPressId, this.languageCode, this.memberStatus,
				this.migratedToChatId, this.receivedAt, this.post, newReceipt, this.actorId);
	}

	/**
	 * What a group post carries beyond its text; {@link PostDetails#PLAIN} if unknown.
	 */
	public PostDetails details() {
		return (this.post != null) ? this.post : PostDetails.PLAIN;
	}

	/** Whether the event comes from a private chat with the bot. */
	public boolean isPrivate() {
		return this.chatType == ChatType.PRIVATE;
	}

	/** Whether the person typed something the bot should read (text or a command). */
	public boolean hasText() {
		return this.text != null && !this.text.isBlank();
	}

	@Override
	public String toString() {
		// Never print what the person typed: logs must not carry personal data.
		return "InboundEvent[update=" + this.updateId + ", receipt=" + this.receipt + ", kind=" + this.kind + ", chat="
				+ this.chatId + "]";
	}

}
