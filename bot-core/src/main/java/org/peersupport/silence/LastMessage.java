package org.peersupport.silence;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * When a person who gave consent last wrote to the bot, and whether they were warned that
 * their data will be erased after this silence. Kept only for people who gave consent.
 *
 * @param chatId the person's private chat
 * @param at when they last wrote, pressed a button or gave consent (to the hour: a write
 * within the hour after the stored time is not stored)
 * @param locale the language they gave consent in (the warning's language when no
 * participant or volunteer record says another)
 * @param warnedFor the {@code at} that the warning was about, or null
 * @param warnedAt when the warning was stored for sending, or null
 * @param schemaVersion the document's schema version
 */
@Document("last_messages")
record LastMessage(@Id long chatId, @Indexed Instant at, String locale, Instant warnedFor, Instant warnedAt,
		int schemaVersion) {

	static final int SCHEMA_VERSION = 1;

	/** Whether the stored warning was about this silence (not an earlier one). */
	boolean warnedOfThisSilence() {
		return this.warnedFor != null && this.warnedFor.equals(this.at) && this.warnedAt != null;
	}

	@Override
	public String toString() {
		return "LastMessage[chat=" + this.chatId + "]";
	}

}
