package org.peersupport.web.deadletters;

import java.time.Instant;

import org.peersupport.messaging.OutboxEntry;

/**
 * A dead letter as the page shows it: never the text (it is personal data), only its
 * length.
 *
 * @param id the outbox entry id
 * @param recipient who it was for, in words
 * @param action the Bot API call
 * @param errorCode Telegram's last error code
 * @param error Telegram's description of the error
 * @param attempts failed attempts
 * @param textLength length of the message text, 0 without text
 * @param createdAt when the call was stored
 * @param deadAt when it was dead-lettered
 * @param failedAgain whether staff retried it before and it failed again
 */
record DeadLetterView(String id, DeadLetterRecipients.Recipient recipient, String action, int errorCode, String error,
		int attempts, int textLength, Instant createdAt, Instant deadAt, boolean failedAgain) {

	static DeadLetterView of(OutboxEntry entry, DeadLetterRecipients.Recipient recipient, boolean retried) {
		return new DeadLetterView(entry.id(), recipient, entry.action().name(), entry.lastErrorCode(),
				entry.lastError(), entry.attempts(), (entry.text() != null) ? entry.text().length() : 0,
				entry.createdAt(), entry.finishedAt(), retried);
	}

	/** Message key of what was not delivered, in words. */
	public String whatKey() {
		return switch (this.action) {
			case "SEND_MESSAGE" -> "dead-letters.what.message";
			case "EDIT_TEXT", "EDIT_BUTTONS" -> "dead-letters.what.edit";
			default -> "dead-letters.what.other";
		};
	}

	/**
	 * Message key of why Telegram refused it and what staff can do, from Telegram's error
	 * code and words.
	 */
	public String whyKey() {
		String words = (this.error != null) ? this.error.toLowerCase(java.util.Locale.ROOT) : "";
		if (this.errorCode == 403 && words.contains("blocked")) {
			return "dead-letters.why.blocked";
		}
		if (this.errorCode == 403 && words.contains("deactivated")) {
			return "dead-letters.why.deactivated";
		}
		if (words.contains("chat not found")) {
			return "dead-letters.why.chat-not-found";
		}
		if (words.contains("too long")) {
			return "dead-letters.why.too-long";
		}
		if (this.errorCode == 429) {
			return "dead-letters.why.too-many";
		}
		if (this.errorCode == 0 || this.errorCode >= 500) {
			return "dead-letters.why.unreachable";
		}
		return "dead-letters.why.other";
	}

}
