package org.peersupport.requests;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A participant's request for help.
 *
 * @param id the internal id, derived from the update that created it
 * @param number the number people see ({@code No. 12}), unique
 * @param chatId the participant's private chat
 * @param programme the participant's programme
 * @param category the category's key
 * @param urgency how soon the help is needed
 * @param summary what the participant wrote about it, or null
 * @param region where the help is needed, as the participant wrote it, or null
 * @param locale the language the participant asked in
 * @param status where the request is
 * @param createdAt when it was made
 * @param closedAt when it was cancelled or resolved, or null
 * @param schemaVersion the document's schema version
 */
@Document("help_requests")
public record HelpRequest(@Id String id, @Indexed(unique = true) long number, @Indexed long chatId,
		@Indexed String programme, String category, Urgency urgency, String summary, String region, String locale,
		@Indexed RequestStatus status, Instant createdAt, Instant closedAt, int schemaVersion) {

	/** The schema version written by this code. */
	public static final int SCHEMA_VERSION = 1;

	@Override
	public String toString() {
		// No summary or region: logs must not carry personal data.
		return "HelpRequest[" + this.id + ", No. " + this.number + ", " + this.category + ", " + this.status + "]";
	}

}
