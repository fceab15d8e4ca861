package org.peersupport.messaging;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One outgoing Bot API call, stored before it is sent. Its id is derived from its origin
 * (an update's receipt or a job's key) and a sequence number, so handling the same update
 * again cannot add it twice.
 *
 * @param id origin and sequence, e.g. {@code r65f2c0a1b3d4e5f607182930-0}
 * @param origin what produced it, e.g. {@code r65f2c0a1b3d4e5f607182930} (an update's
 * receipt; {@code u1042} for an update stored before receipts) or {@code checkin:42:...}
 * @param seq its position among the origin's calls
 * @param action which Bot API call
 * @param chatId the target chat
 * @param group whether the chat is a group (for the per-group rate limit)
 * @param text message or answer text
 * @param buttons inline keyboard rows
 * @param messageId the message to edit or delete, if known
 * @param targetEntryId the outbox entry whose sent message this call edits or deletes, if
 * the id is not known yet
 * @param buttonPressId the callback query to answer
 * @param userId the user to approve, decline or ban
 * @param alert whether a button answer is an alert
 * @param state where it is in its life
 * @param attempts failed attempts so far
 * @param nextAttemptAt not to be sent before this
 * @param lastErrorCode the last error code from Telegram, 0 for none
 * @param lastError the last error's description (Telegram's words, never the message
 * text)
 * @param sentMessageId the Telegram message id produced by a send
 * @param createdAt when it was stored
 * @param finishedAt when it was sent, cancelled or dead-lettered
 * @param priority how urgent it is (schema 2; a schema 1 document reads as
 * {@link SendPriority#INTERACTIVE})
 * @param supersedeKey calls with the same key supersede each other: one still waiting is
 * cancelled when a later one exists (e.g. alerts about one person that say how many there
 * were); null for most calls, removed once the call is finished
 * @param inviteLink for {@link OutboundAction#SEND_INVITE_LINK}: the link to create, and
 * the link once created (schema 3)
 * @param restriction for {@link OutboundAction#RESTRICT_MEMBER}: what the member may
 * send, until when (schema 4)
 * @param schemaVersion the document's schema version
 * @param photo for {@link OutboundAction#SEND_PHOTO}: the picture's bytes (schema 4)
 * @param copy for {@link OutboundAction#COPY_MESSAGE}: the message to copy (schema 5)
 */
@Document("outbox")
@CompoundIndex(name = "state_due", def = "{'state': 1, 'nextAttemptAt': 1}")
public record OutboxEntry(@Id String id, String origin, int seq, OutboundAction action, @Indexed long chatId,
		boolean group, String text, List<List<Button>> buttons, Long messageId, String targetEntryId,
		String buttonPressId, Long userId, boolean alert, OutboxState state, int attempts, Instant nextAttemptAt,
		int lastErrorCode, String lastError, Long sentMessageId, Instant createdAt, Instant finishedAt,
		SendPriority priority, String supersedeKey, InviteLinkSpec inviteLink, Restriction restriction,
		int schemaVersion, byte[] photo, Copy copy) {

	/** The schema version written by this code. */
	public static final int SCHEMA_VERSION = 5;

	public OutboxEntry {
		if (priority == null) {
			priority = SendPriority.INTERACTIVE;
		}
	}

	/** An entry of schema 4, copying no message. */
	public OutboxEntry(String id, String origin, int seq, OutboundAction action, long chatId, boolean group,
			String text, List<List<Button>> buttons, Long messageId, String targetEntryId, String buttonPressId,
			Long userId, boolean alert, OutboxState state, int attempts, Instant nextAttemptAt, int lastErrorCode,
			String lastError, Long sentMessageId, Instant createdAt, Instant finishedAt, SendPriority priority,
			String supersedeKey, InviteLinkSpec inviteLink, Restriction restriction, int schemaVersion, byte[] photo) {
		this(id, origin, seq, action, chatId, group, text, buttons, messageId, targetEntryId, buttonPressId, userId,
				alert, state, attempts, nextAttemptAt, lastErrorCode, lastError, sentMessageId, createdAt, finishedAt,
				priority, supersedeKey, inviteLink, restriction, schemaVersion, photo, null);
	}

	/** An entry of schema 2, without an invite link. */
	public OutboxEntry(String id, String origin, int seq, OutboundAction action, long chatId, boolean group,
			String text, List<List<Button>> buttons, Long messageId, String targetEntryId, String buttonPressId,
			Long userId, boolean alert, OutboxState state, int attempts, Instant nextAttemptAt, int lastErrorCode,
			String lastError, Long sentMessageId, Instant createdAt, Instant finishedAt, SendPriority priority,
			String supersedeKey, int schemaVersion) {
		this(id, origin, seq, action, chatId, group, text, buttons, messageId, targetEntryId, buttonPressId, userId,
				alert, state, attempts, nextAttemptAt, lastErrorCode, lastError, sentMessageId, createdAt, finishedAt,
				priority, supersedeKey, null, null, schemaVersion, null, null);
	}

	/** An entry of schema 1, without a priority: an interactive call. */
	public OutboxEntry(String id, String origin, int seq, OutboundAction action, long chatId, boolean group,
			String text, List<List<Button>> buttons, Long messageId, String targetEntryId, String buttonPressId,
			Long userId, boolean alert, OutboxState state, int attempts, Instant nextAttemptAt, int lastErrorCode,
			String lastError, Long sentMessageId, Instant createdAt, Instant finishedAt, int schemaVersion) {
		this(id, origin, seq, action, chatId, group, text, buttons, messageId, targetEntryId, buttonPressId, userId,
				alert, state, attempts, nextAttemptAt, lastErrorCode, lastError, sentMessageId, createdAt, finishedAt,
				SendPriority.INTERACTIVE, null, null, null, schemaVersion, null, null);
	}

	/**
	 * The message a {@link OutboundAction#COPY_MESSAGE} copies.
	 *
	 * @param fromChatId the chat it is in
	 * @param messageId its id there
	 */
	public record Copy(long fromChatId, long messageId) {
	}

	/**
	 * What a restricted member may send, and until when.
	 *
	 * @param rights what they may send
	 * @param until when it ends by itself, or null for no end
	 */
	public record Restriction(MemberRights rights, Instant until) {
	}

	/**
	 * The invite link an entry creates before it sends its message.
	 *
	 * @param groupChatId the group
	 * @param name the link's name
	 * @param validSeconds how long the link works after it is created
	 * @param link the link once created, else null
	 */
	public record InviteLinkSpec(long groupChatId, String name, long validSeconds, String link) {

		@Override
		public String toString() {
			return "InviteLinkSpec[group=" + this.groupChatId + ", created=" + (this.link != null) + "]";
		}

	}

	/**
	 * The lane a call is ordered in: per chat, except button answers which go at once.
	 */
	public String laneKey() {
		return (this.action.isChatScoped() ? "chat:" : "answer:") + this.chatId;
	}

	@Override
	public String toString() {
		return "OutboxEntry[" + this.id + ", " + this.action + ", chat=" + this.chatId + ", " + this.state + ", "
				+ this.priority + "]";
	}

}
