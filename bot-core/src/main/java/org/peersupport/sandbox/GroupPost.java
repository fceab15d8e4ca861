package org.peersupport.sandbox;

import java.util.Locale;

/**
 * What a member posts in a group through the user API: text or media, perhaps forwarded,
 * perhaps as a reply.
 *
 * @param text the text (null for media)
 * @param kind null for text, else sticker, photo, voice or document
 * @param forwarded whether it is forwarded from elsewhere (a {@code forward_origin})
 * @param replyTo the message it replies to, or null
 */
public record GroupPost(String text, String kind, boolean forwarded, Long replyTo) {

	public GroupPost {
		kind = (kind != null) ? kind.toLowerCase(Locale.ROOT) : null;
		if (kind == null && (text == null || text.isEmpty())) {
			throw new IllegalArgumentException("A text message needs text");
		}
		if (kind != null && !NonTextContent.KINDS.contains(kind)) {
			throw new IllegalArgumentException("Unknown message kind: " + kind);
		}
	}

	/** A text message. */
	public static GroupPost text(String text) {
		return new GroupPost(text, null, false, null);
	}

	/** Media without text (sticker, photo, voice, document). */
	public static GroupPost media(String kind) {
		return new GroupPost(null, kind, false, null);
	}

	/** The same post, forwarded from elsewhere. */
	public GroupPost asForwarded() {
		return new GroupPost(this.text, this.kind, true, this.replyTo);
	}

	/** The same post, as a reply to a message. */
	public GroupPost replyingTo(long messageId) {
		return new GroupPost(this.text, this.kind, this.forwarded, messageId);
	}

}
