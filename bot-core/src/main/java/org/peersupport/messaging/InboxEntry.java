package org.peersupport.messaging;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.CompoundIndex;
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
 * @param chatSeq the update's number in its chat when several instances share the store
 * ({@link ChatTurns}), else null
 */
@Document("inbox")
@CompoundIndex(name = "chat_pending", def = "{'chatId': 1, 'state': 1, 'chatSeq': 1}")
public record InboxEntry(@Id long updateId, long chatId, @Indexed InboxState state, InboundEvent event, int attempts,
		Instant receivedAt, Instant doneAt, int schemaVersion, Long chatSeq) {

	@PersistenceCreator
	public InboxEntry {
	}

	/** An entry stored by a single instance: no number in its chat. */
	public InboxEntry(long updateId, long chatId, InboxState state, InboundEvent event, int attempts,
			Instant receivedAt, Instant doneAt, int schemaVersion) {
		this(updateId, chatId, state, event, attempts, receivedAt, doneAt, schemaVersion, null);
	}

	/** The schema version written by this code. */
	public static final int SCHEMA_VERSION = 2;

}
