package org.peersupport.groups;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A join request from someone the bot did not place in the group, kept for a moderator to
 * approve or decline (in groups that hold such requests). Ids only, no name.
 *
 * @param id {@code <group chat id>:<user id>}
 * @param groupChatId the group
 * @param chatId who asked (their user id)
 * @param at when they asked
 * @param schemaVersion the document's schema version
 */
@Document("group_held_joins")
public record HeldJoinRequest(@Id String id, @Indexed long groupChatId, @Indexed long chatId, Instant at,
		int schemaVersion) {

	/** The schema version written by this code. */
	public static final int SCHEMA_VERSION = 1;

	static String idOf(long groupChatId, long chatId) {
		return groupChatId + ":" + chatId;
	}

	@Override
	public String toString() {
		return "HeldJoinRequest[" + this.groupChatId + "]";
	}

}
