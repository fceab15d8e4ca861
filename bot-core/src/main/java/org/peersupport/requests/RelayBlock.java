package org.peersupport.requests;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A moderator's stop on one person's use of the relay, kept until a moderator lifts it. A
 * volunteer under it is offered, given and can take no request; a participant under it
 * has their requests wait for the team instead of being offered to volunteers. Neither
 * loses anything else of the bot: a participant's crisis words are answered as always.
 *
 * @param id {@code participant:<chat>} or {@code volunteer:<volunteer id>}: one stop per
 * person
 * @param side which side of the relay the person was on
 * @param chatId the person's private chat (to tell them; erased with them)
 * @param volunteerId the volunteer's id, or null for a participant
 * @param programme the programme of the request it was set on
 * @param requestNumber the request it was set on
 * @param staff who set it (an internal id)
 * @param at when
 * @param schemaVersion the document's schema version
 */
@Document("relay_blocks")
public record RelayBlock(@Id String id, Side side, @Indexed long chatId, String volunteerId, String programme,
		@Indexed long requestNumber, String staff, Instant at, int schemaVersion) {

	/** The schema version written by this code. */
	public static final int SCHEMA_VERSION = 1;

	/** Which side of a request's relay a person is on. */
	public enum Side {

		/** The person who asked for help. */
		PARTICIPANT,

		/** The volunteer who took the request. */
		VOLUNTEER

	}

	static String participantId(long chatId) {
		return "participant:" + chatId;
	}

	static String volunteerId(String volunteerId) {
		return "volunteer:" + volunteerId;
	}

	@Override
	public String toString() {
		return "RelayBlock[" + this.side + ", No. " + this.requestNumber + "]";
	}

}
