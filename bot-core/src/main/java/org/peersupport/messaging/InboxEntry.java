package org.peersupport.messaging;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A received update: stored before Telegram is told it arrived, kept with its payload
 * only until it is handled, then only its id remains for a while to drop repeats.
 *
 * @param updateId Telegram's update id (unique here, within the de-duplication window)
 * @param chatId the ordering key (0 once the chat is erased)
 * @param state pending or done
 * @param event the payload with its receipt (schema 2; schema 1 had no receipt), removed
 * once handled
 * @param attempts handling attempts that failed
 * @param receivedAt when it was stored
 * @param doneAt when it was handled
 * @param schemaVersion the document's schema version
 */
@Document("inbox")
public record InboxEntry(@Id long updateId, long chatId, @Indexed InboxState state, InboundEvent event, int attempts,
		Instant receivedAt, Instant doneAt, int schemaVersion) {

	/** The schema version written by this code. */
	public static final int SCHEMA_VERSION = 2;

}
