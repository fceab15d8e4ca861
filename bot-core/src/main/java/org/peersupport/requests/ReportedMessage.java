package org.peersupport.requests;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A message of the anonymous relay that the volunteer reported to the moderators: the
 * only relayed words the service keeps past delivery, for the team to read on the
 * request's page. Erased with the participant.
 *
 * @param id the request's number and the reported message's id in the volunteer's chat (a
 * second press on the same message reports it once)
 * @param requestNumber the request's number
 * @param participantChat the participant who wrote it (internal; for erasure)
 * @param volunteerId the volunteer who reported it
 * @param text the message as the volunteer received it (header and text, or a caption),
 * or null when Telegram did not show it with the press
 * @param at when it was reported
 * @param schemaVersion the document's schema version
 */
@Document("relay_reports")
public record ReportedMessage(@Id String id, @Indexed long requestNumber, @Indexed long participantChat,
		String volunteerId, String text, Instant at, int schemaVersion) {

	/** The schema version written by this code. */
	public static final int SCHEMA_VERSION = 1;

	@Override
	public String toString() {
		return "ReportedMessage[" + this.id + "]";
	}

}
