package org.peersupport.participants;

import java.time.Instant;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A person who accepted the consent text. Exists only after consent: before it, nothing
 * but the conversation's position is kept.
 *
 * @param chatId the private chat with the bot (the person's key)
 * @param locale the bot language they chose
 * @param programme the programme key, once known
 * @param profile what they answered in onboarding (text or lists of text), by field
 * @param status where they are
 * @param consentVersion the consent text they accepted ({@code script@version})
 * @param consentedAt when they accepted it
 * @param onboardedAt when they finished onboarding, or null
 * @param schemaVersion the document's schema version
 */
@Document("participants")
public record Participant(@Id long chatId, String locale, @Indexed String programme, Map<String, Object> profile,
		ParticipantStatus status, String consentVersion, Instant consentedAt, Instant onboardedAt, int schemaVersion) {

	/** The schema version written by this code. */
	public static final int SCHEMA_VERSION = 1;

	public Participant {
		profile = (profile != null) ? Map.copyOf(profile) : Map.of();
	}

	/** The pseudonym they chose, or null. */
	public String pseudonym() {
		Object value = this.profile.get("pseudonym");
		return (value != null) ? value.toString() : null;
	}

	/** Whether onboarding is finished. */
	public boolean onboarded() {
		return this.onboardedAt != null;
	}

	@Override
	public String toString() {
		// No profile values: logs must not carry personal data.
		return "Participant[chat=" + this.chatId + ", " + this.status + "]";
	}

}
