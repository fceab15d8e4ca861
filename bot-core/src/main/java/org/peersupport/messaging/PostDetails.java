package org.peersupport.messaging;

/**
 * What a message in a group carries beyond its text, as far as a group's rules need it.
 * No names: ids, flags, and the text of the message it replies to (for a report of that
 * message).
 *
 * @param forwarded whether it is a forwarded post
 * @param link whether its text carries a link (a url or a text link)
 * @param media the kind of media it is (photo, video, sticker, voice, document, other),
 * or null for text
 * @param replyToMessageId the message it replies to, or null
 * @param replyToUserId who wrote the message it replies to, or null
 * @param replyToText the text of the message a command replies to (for a report of it),
 * or, for a button pressed in a private chat, the text or caption of the message the
 * button is under; null otherwise
 * @param fromAdmin whether its sender is an administrator of the group; only looked up
 * for commands (false otherwise)
 */
public record PostDetails(boolean forwarded, boolean link, String media, Long replyToMessageId, Long replyToUserId,
		String replyToText, boolean fromAdmin) {

	/** A plain text post: nothing beyond its text. */
	public static final PostDetails PLAIN = new PostDetails(false, false, null, null, null, null, false);

	/** Whether it is media rather than text. */
	public boolean isMedia() {
		return this.media != null;
	}

	/** Whether it replies to another person's message. */
	public boolean isReply() {
		return this.replyToMessageId != null && this.replyToUserId != null;
	}

	@Override
	public String toString() {
		return "PostDetails[forwarded=" + this.forwarded + ", link=" + this.link + ", media=" + this.media + ", reply="
				+ (this.replyToMessageId != null) + ", admin=" + this.fromAdmin + "]";
	}

}
