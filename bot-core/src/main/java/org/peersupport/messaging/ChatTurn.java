package org.peersupport.messaging;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A chat's place in the update path when several instances share the store: the number of
 * its updates stored so far (their order) and which instance handles them now (an item
 * lease).
 *
 * @param chatId the chat
 * @param seq how many of its updates were stored; each stored update takes the next
 * number
 * @param leaseOwner the instance that handles the chat's updates now, if any
 * @param leaseUntil until when that instance's turn holds unless renewed
 * @param schemaVersion the document's schema version
 */
@Document("chat_turns")
record ChatTurn(@Id long chatId, long seq, String leaseOwner, Instant leaseUntil, int schemaVersion) {

	static final int SCHEMA_VERSION = 1;

}
