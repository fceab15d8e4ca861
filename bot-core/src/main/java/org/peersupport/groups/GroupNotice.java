package org.peersupport.groups;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A notice the bot posted in a group (a welcome, the rules), to be deleted when its time
 * is up. Ids only: the text stays in the outbox entry that sends it.
 *
 * @param entryId the outbox entry that sends the notice
 * @param groupChatId the group it is posted in
 * @param deleteAt when it is deleted
 * @param schemaVersion the document's schema version
 */
@Document("group_notices")
public record GroupNotice(@Id String entryId, long groupChatId, @Indexed Instant deleteAt, int schemaVersion) {

	/** The schema version written by this code. */
	public static final int SCHEMA_VERSION = 1;

}
