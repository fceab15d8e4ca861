package org.peersupport.groups;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One of a group's places, held by one person. Its id is the group and the place's
 * number, so two people can never take one place; the person's chat id is unique, so
 * nobody holds two places.
 *
 * @param id {@code <group chat id>:<seat>}
 * @param chatId the person's private chat (their user id)
 * @param groupChatId the group
 * @param seat the place's number, 0 to the group's capacity less one
 * @param status offered, agreed or member
 * @param token a random name for this placement: its invite link's name, its buttons and
 * the origin of its messages
 * @param offeredAt when the place was taken and the rules sent
 * @param agreedAt when the person agreed to the rules
 * @param joinedAt when the bot let them in
 * @param schemaVersion the document's schema version
 */
@Document("group_places")
public record GroupPlace(@Id String id, @Indexed(unique = true) long chatId, @Indexed long groupChatId, int seat,
		PlaceStatus status, String token, Instant offeredAt, Instant agreedAt, Instant joinedAt, int schemaVersion) {

	/** The schema version written by this code. */
	public static final int SCHEMA_VERSION = 1;

	static String idOf(long groupChatId, int seat) {
		return groupChatId + ":" + seat;
	}

	@Override
	public String toString() {
		return "GroupPlace[" + this.id + ", " + this.status + "]";
	}

}
