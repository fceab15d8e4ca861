package org.peersupport.web.deadletters;

import java.time.Instant;

import org.peersupport.messaging.OutboxEntry;

/**
 * A dead letter as the page shows it: never the text (it is personal data), only its
 * length.
 *
 * @param id the outbox entry id
 * @param action the Bot API call
 * @param errorCode Telegram's last error code
 * @param error Telegram's description of the error
 * @param attempts failed attempts
 * @param textLength length of the message text, 0 without text
 * @param createdAt when the call was stored
 * @param deadAt when it was dead-lettered
 */
record DeadLetterView(String id, String action, int errorCode, String error, int attempts, int textLength,
		Instant createdAt, Instant deadAt) {

	static DeadLetterView of(OutboxEntry entry) {
		return new DeadLetterView(entry.id(), entry.action().name(), entry.lastErrorCode(), entry.lastError(),
				entry.attempts(), (entry.text() != null) ? entry.text().length() : 0, entry.createdAt(),
				entry.finishedAt());
	}

}
