package org.peersupport.messaging;

/**
 * The Bot API calls the outbox can hold.
 */
public enum OutboundAction {

	SEND_MESSAGE, EDIT_TEXT, EDIT_BUTTONS, DELETE_MESSAGE, ANSWER_BUTTON, APPROVE_JOIN, DECLINE_JOIN, BAN_MEMBER,
	UNBAN_MEMBER,

	/** restrictChatMember: what a member may send, until a time. */
	RESTRICT_MEMBER,

	/**
	 * A message carrying an invite link that the sender creates first (then sent as
	 * {@link #SEND_MESSAGE}).
	 */
	SEND_INVITE_LINK,

	/** A picture with an optional caption (the bytes are in the entry). */
	SEND_PHOTO,

	/**
	 * copyMessage: a message a person sent the bot, sent on to another chat as a new
	 * message (no "forwarded from", so nobody's name), with the bot's caption.
	 */
	COPY_MESSAGE;

	/**
	 * Whether the call is about one chat's message stream and so is ordered and limited
	 * per chat.
	 */
	public boolean isChatScoped() {
		return this != ANSWER_BUTTON;
	}

	/**
	 * Whether the call puts a message in the chat (or changes one), and so counts against
	 * Telegram's per-chat limits (1 a second to a person, 20 a minute to a group).
	 * Admitting, declining, restricting and removing members, and deleting posts, count
	 * only against the global limit: a burst of thirty newcomers would otherwise spend
	 * three of a group's twenty tokens a minute on each. Every other chat's call posts (a
	 * new kind of message is limited unless it says otherwise).
	 */
	public boolean postsInChat() {
		return isChatScoped() && this != APPROVE_JOIN && this != DECLINE_JOIN && this != BAN_MEMBER
				&& this != UNBAN_MEMBER && this != RESTRICT_MEMBER && this != DELETE_MESSAGE;
	}

}
