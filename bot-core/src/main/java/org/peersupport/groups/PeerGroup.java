package org.peersupport.groups;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A Telegram group in which the bot is (or was) an administrator, with the settings a
 * moderator gave it. Keyed by the group's chat id; a migration to a supergroup moves the
 * document to the new id.
 *
 * @param chatId the group's chat id
 * @param status pending, active or inactive
 * @param name what staff call the group (set on activation)
 * @param programme the programme whose people are placed here, or null while pending
 * @param language the language spoken in the group (ru, uk, pl, en)
 * @param capacity how many participants the group takes
 * @param rules the rules text a newcomer agrees to
 * @param missingRights the administrator rights the bot needs here and lacks
 * @param migratedFrom the chat id the group had before it became a supergroup, if any
 * @param registeredAt when the bot was first added
 * @param activatedAt when a moderator last activated it
 * @param activatedBy who did
 * @param moderation the rules for what members post (schema 2;
 * {@link ModerationRules#DEFAULTS} when none were set)
 * @param holdJoinRequests whether a join request from someone the bot did not place here
 * waits for a moderator instead of being declined (schema 3; false before)
 * @param moderatorsChat the chat that gets the alerts and reports about this group
 * (schema 4); null: the moderators' chat from configuration
 * @param schemaVersion the document's schema version
 */
@Document("peer_groups")
public record PeerGroup(@Id long chatId, @Indexed GroupStatus status, String name, @Indexed String programme,
		String language, int capacity, String rules, List<String> missingRights, Long migratedFrom,
		Instant registeredAt, Instant activatedAt, String activatedBy, ModerationRules moderation,
		Boolean holdJoinRequests, @Indexed Long moderatorsChat, int schemaVersion) {

	/** The schema version written by this code. */
	public static final int SCHEMA_VERSION = 4;

	public PeerGroup {
		missingRights = (missingRights != null) ? List.copyOf(missingRights) : List.of();
		moderation = (moderation != null) ? moderation : ModerationRules.DEFAULTS;
		// a group stored before schema 3 has no such field
		holdJoinRequests = Boolean.TRUE.equals(holdJoinRequests);
	}

	/** A group of schema 1, with the default moderation rules. */
	public PeerGroup(long chatId, GroupStatus status, String name, String programme, String language, int capacity,
			String rules, List<String> missingRights, Long migratedFrom, Instant registeredAt, Instant activatedAt,
			String activatedBy, int schemaVersion) {
		this(chatId, status, name, programme, language, capacity, rules, missingRights, migratedFrom, registeredAt,
				activatedAt, activatedBy, null, false, null, schemaVersion);
	}

	/**
	 * A group of schema 3, whose alerts go to the moderators' chat from configuration.
	 */
	public PeerGroup(long chatId, GroupStatus status, String name, String programme, String language, int capacity,
			String rules, List<String> missingRights, Long migratedFrom, Instant registeredAt, Instant activatedAt,
			String activatedBy, ModerationRules moderation, Boolean holdJoinRequests, int schemaVersion) {
		this(chatId, status, name, programme, language, capacity, rules, missingRights, migratedFrom, registeredAt,
				activatedAt, activatedBy, moderation, holdJoinRequests, null, schemaVersion);
	}

	/** Whether the bot has every right it needs here. */
	public boolean hasAllRights() {
		return this.missingRights.isEmpty();
	}

	@Override
	public String toString() {
		return "PeerGroup[" + this.chatId + ", " + this.status + "]";
	}

}
