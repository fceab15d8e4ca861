package org.peersupport.groups.moderation;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One moderation action in a group, for the audit: who did what to whom, when and why. It
 * names people by id only and keeps nothing anyone wrote; entries about a person are
 * erased with them.
 *
 * @param id the update that caused it and the action, so that it is kept once
 * @param groupChatId the group
 * @param chatId the member it concerns (their user id)
 * @param action what was done
 * @param breach why, when it was a rule or a warning
 * @param by who did it: {@code bot}, or a moderator as {@code telegram:<id>}
 * @param cause what led to it: {@code rules}, {@code command}, {@code report},
 * {@code telegram} (a moderator acted in Telegram itself) or {@code anon} (an anonymous
 * post the rules refused)
 * @param at when
 * @param schemaVersion the document's schema version
 */
@Document("group_moderation_log")
record ModerationEntry(@Id String id, @Indexed long groupChatId, @Indexed long chatId, Action action, Breach breach,
		String by, String cause, Instant at, int schemaVersion) {

	/** The schema version written by this code. */
	static final int SCHEMA_VERSION = 1;

	/** What a moderation action did. */
	enum Action {

		DELETE, WARN, MUTE, BAN, UNBAN, DISMISS,

		/** An anonymous post ({@code /anon}) the group's rules kept out of the group. */
		REFUSE

	}

}
