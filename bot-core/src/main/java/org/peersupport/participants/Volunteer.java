package org.peersupport.participants;

import java.time.Instant;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A volunteer's application with the vetting details only moderators see.
 *
 * @param id the internal id (never the chat id), used by the panel and the audit log
 * @param chatId the volunteer's private chat with the bot
 * @param locale the bot language they chose
 * @param programme the key of the programme they volunteer for; null in applications
 * stored before schema version 2 (only staff without a programme limit see those)
 * @param details their answers (real name, contact, skills …), by field
 * @param status pending, approved or rejected
 * @param consentVersion the consent text they accepted ({@code script@version})
 * @param consentedAt when they accepted it
 * @param submittedAt when they sent the application
 * @param decisionNote the moderator's note on the decision, or null
 * @param decidedAt when a moderator decided, or null
 * @param schemaVersion the document's schema version
 */
@Document("volunteers")
public record Volunteer(@Id String id, @Indexed long chatId, String locale, @Indexed String programme,
		Map<String, Object> details, @Indexed VolunteerStatus status, String consentVersion, Instant consentedAt,
		Instant submittedAt, String decisionNote, Instant decidedAt, int schemaVersion) {

	/** The schema version written by this code. */
	public static final int SCHEMA_VERSION = 2;

	public Volunteer {
		details = (details != null) ? Map.copyOf(details) : Map.of();
	}

	@Override
	public String toString() {
		return "Volunteer[" + this.id + ", " + this.status + "]";
	}

}
