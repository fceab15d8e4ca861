package org.peersupport.groups.moderation;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What the bot keeps about one member's conduct in one group: the times of their recent
 * posts (for the flood limit; never what they wrote) and their warnings. Erased with the
 * person.
 *
 * @param id {@code <group chat id>:<user id>}
 * @param chatId the member (their user id, which is their private chat's id)
 * @param groupChatId the group
 * @param posts their recent posts, newest last, only as long as the flood window needs
 * @param warnings their warnings, oldest first
 * @param mutedUntil until when the bot last muted them in the group, or null (schema 2;
 * none before): {@code /anon} posts nothing for them before then
 * @param schemaVersion the document's schema version
 */
@Document("group_conduct")
record Conduct(@Id String id, @Indexed long chatId, @Indexed long groupChatId, List<Post> posts, List<Warning> warnings,
		Instant mutedUntil, int schemaVersion) {

	/** The schema version written by this code. */
	static final int SCHEMA_VERSION = 2;

	Conduct {
		posts = (posts != null) ? List.copyOf(posts) : List.of();
		warnings = (warnings != null) ? List.copyOf(warnings) : List.of();
	}

	static String idOf(long groupChatId, long userId) {
		return groupChatId + ":" + userId;
	}

	/** Whether the bot's last mute of the member still holds at this time. */
	boolean mutedAt(Instant at) {
		return this.mutedUntil != null && this.mutedUntil.isAfter(at);
	}

	/**
	 * A post counted against the flood limit.
	 *
	 * @param receipt the update that brought it (counted once)
	 * @param at when it arrived
	 */
	record Post(String receipt, Instant at) {
	}

	/**
	 * A warning.
	 *
	 * @param receipt the update that gave it (given once)
	 * @param at when
	 * @param breach why
	 * @param by who warned: {@code bot}, or a moderator as {@code telegram:<id>}
	 */
	record Warning(String receipt, Instant at, Breach breach, String by) {
	}

	@Override
	public String toString() {
		return "Conduct[" + this.id + ", warnings=" + this.warnings.size() + "]";
	}

}
