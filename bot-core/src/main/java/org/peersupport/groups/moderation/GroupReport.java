package org.peersupport.groups.moderation;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A member's report of a message in their group, sent to the moderators' chat with
 * buttons; the first moderator's press decides it. It keeps no text: the reported words
 * go only in the message to the moderators' chat. Erased with its author.
 *
 * @param id the receipt of the {@code /report} update (so it is made once)
 * @param groupChatId the group
 * @param messageId the reported message
 * @param chatId the reported message's author
 * @param reporterId who reported it, removed if they are erased
 * @param decision what the first moderator chose, or null while open
 * @param decidedBy who ({@code telegram:<id>})
 * @param decidedReceipt the press that decided it (its handling acts, once)
 * @param createdAt when it was reported
 * @param decidedAt when it was decided
 * @param schemaVersion the document's schema version
 */
@Document("group_reports")
record GroupReport(@Id String id, long groupChatId, long messageId, @Indexed long chatId, @Indexed Long reporterId,
		ModerationEntry.Action decision, String decidedBy, String decidedReceipt, Instant createdAt, Instant decidedAt,
		int schemaVersion) {

	/** The schema version written by this code. */
	static final int SCHEMA_VERSION = 1;

	@Override
	public String toString() {
		return "GroupReport[" + this.id + ", " + this.decision + "]";
	}

}
