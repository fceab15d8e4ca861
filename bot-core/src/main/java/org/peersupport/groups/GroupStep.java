package org.peersupport.groups;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One step of a person's way through the peer groups, for staff: put on the waiting list,
 * placed, agreed to the rules, joined, left, removed. Kept once per step (its id names
 * the placement or the waiting), erased with the person.
 *
 * @param id {@code <placement token>:<kind>}, or {@code <chat id>:WAITING:<epoch ms>}
 * @param chatId the person's private chat
 * @param groupChatId the group, or null for the waiting list
 * @param kind what happened
 * @param at when
 * @param schemaVersion the document's schema version
 */
@Document("group_history")
public record GroupStep(@Id String id, @Indexed long chatId, Long groupChatId, Kind kind, Instant at,
		int schemaVersion) {

	/** The schema version written by this code. */
	public static final int SCHEMA_VERSION = 1;

	/** What happened. */
	public enum Kind {

		/** Put on the waiting list for a group. */
		WAITING,

		/** A place in a group was kept for them and the rules sent. */
		PLACED,

		/** They agreed to the group's rules. */
		AGREED,

		/** The bot let them into the group. */
		JOINED,

		/** They left the group, or gave up the place kept for them. */
		LEFT,

		/** A moderator removed them from the group. */
		BANNED

	}

	@Override
	public String toString() {
		return "GroupStep[" + this.kind + "]";
	}

}
