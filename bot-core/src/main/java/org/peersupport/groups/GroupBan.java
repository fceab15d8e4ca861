package org.peersupport.groups;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A person a moderator banned from a group: the bot does not place them there again until
 * the ban is lifted. Erased with the person (Telegram's own ban in the group stays).
 *
 * @param id {@code <group chat id>:<user id>}
 * @param groupChatId the group
 * @param chatId the person (their user id)
 * @param at when they were banned
 * @param schemaVersion the document's schema version
 */
@Document("group_bans")
public record GroupBan(@Id String id, @Indexed long groupChatId, @Indexed long chatId, Instant at, int schemaVersion) {

	/** The schema version written by this code. */
	public static final int SCHEMA_VERSION = 1;

	static String idOf(long groupChatId, long chatId) {
		return groupChatId + ":" + chatId;
	}

	@Override
	public String toString() {
		return "GroupBan[" + this.groupChatId + "]";
	}

}
