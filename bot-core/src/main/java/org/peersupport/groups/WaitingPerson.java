package org.peersupport.groups;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A person on the waiting list for a group of their programme and language; the longest
 * waiting is placed first.
 *
 * @param chatId the person's private chat
 * @param programme their programme
 * @param language their language (groups of this language only)
 * @param since when they joined the list
 * @param schemaVersion the document's schema version
 */
@Document("group_waiting")
public record WaitingPerson(@Id long chatId, @Indexed String programme, String language, Instant since,
		int schemaVersion) {

	/** The schema version written by this code. */
	public static final int SCHEMA_VERSION = 1;

	@Override
	public String toString() {
		return "WaitingPerson[" + this.chatId + "]";
	}

}
