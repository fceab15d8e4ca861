package org.peersupport.requests;

import java.time.Instant;
import java.util.List;

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
 * @param offers the volunteers it was offered to, in the order they were
 * @param wave how many waves of offers were sent
 * @param nextWaveAt when the next wave of offers is due, or null when none is
 * @param claimedBy the id of the volunteer who took it, or null
 * @param claimedChat that volunteer's chat, or null
 * @param claimedAt when they took it, or null
 * @param rating the participant's rating of the help (1–5) once resolved, or null
 * @param silentDueAt when the volunteer who took it is reminded (or, once reminded, the
 * moderators are alerted) unless they write to the participant first, or null
 * @param remindedAt when the volunteer was last reminded, or null since they wrote
 * @param history who released or was given it, in order
 * @param moderatorsAt when the final wave reached the moderators, or null
 * @param crisis whether the participant was in crisis when it was made (crisis words, or
 * a crisis alert still pending): such requests are offered first (false in documents of
 * schema version 1, which lack it, {@code history} and {@code moderatorsAt})
 * @param outcome how it ended when staff closed it, or null (absent before schema version
 * 3)
 * @param firstClaimedAt when a volunteer first took it (by a claim or from staff), kept
 * through releases and reassignments, or null (absent before schema version 4: then
 * {@code claimedAt} stands for it)
 * @param relay how many messages the relay carried each way and when, never what they
 * said, or null before the first (absent before schema version 4)
 * @param medicine the medicine asked for, as the participant wrote it, or null (a request
 * of another category; absent before schema version 4): the summary then shows it with
 * the amount
 * @param amount how much of it, as the participant wrote it, or null
 * @param schemaVersion the document's schema version
 */
@Document("help_requests")
public record HelpRequest(@Id String id, @Indexed(unique = true) long number, @Indexed long chatId,
		@Indexed String programme, String category, Urgency urgency, String summary, String region, String locale,
		@Indexed RequestStatus status, Instant createdAt, Instant closedAt, List<Offer> offers, int wave,
		@Indexed Instant nextWaveAt, @Indexed String claimedBy, Long claimedChat, Instant claimedAt, Integer rating,
		@Indexed Instant silentDueAt, Instant remindedAt, List<Move> history, Instant moderatorsAt, Boolean crisis,
		RequestOutcome outcome, @Indexed Instant firstClaimedAt, RelayTally relay, String medicine, String amount,
		String feedback, int schemaVersion) {

	public HelpRequest {
		offers = (offers != null) ? List.copyOf(offers) : List.of();
		history = (history != null) ? List.copyOf(history) : List.of();
		// Stored before schema version 2 without it.
		crisis = Boolean.TRUE.equals(crisis);
	}

	/** Whether it was offered to the volunteer of this chat. */
	public boolean offeredTo(long volunteerChat) {
		return this.offers.stream().anyMatch((offer) -> offer.chatId() == volunteerChat);
	}

	/**
	 * An offer of the request to one volunteer.
	 *
	 * @param volunteerId the volunteer's id
	 * @param chatId the volunteer's chat
	 * @param entryId the outbox entry that sends the offer (to edit it later)
	 * @param wave the wave it went out in (0 first)
	 * @param offeredAt when it was stored
	 */
	public record Offer(String volunteerId, long chatId, String entryId, int wave, Instant offeredAt) {
	}

	/**
	 * A change of hands: a volunteer gave the request back, staff gave it to a volunteer,
	 * closed it, or stopped one side of its relay, or the volunteer recorded its outcome.
	 *
	 * @param kind {@code released}, {@code reassigned}, {@code closed},
	 * {@code blocked-participant}, {@code blocked-volunteer} or {@code outcome}
	 * @param volunteerId the volunteer who released it, who was given it, who had it when
	 * it was closed or stopped, or who recorded its outcome (null: nobody)
	 * @param reason why it was released (a reason key), the outcome recorded (its name),
	 * or the staff member's id
	 * @param at when
	 */
	public record Move(String kind, @Indexed String volunteerId, String reason, Instant at) {

		static final String RELEASED = "released";

		static final String REASSIGNED = "reassigned";

		static final String CLOSED = "closed";

		static final String BLOCKED_PARTICIPANT = "blocked-participant";

		static final String BLOCKED_VOLUNTEER = "blocked-volunteer";

		static final String OUTCOME = "outcome";

	}

	/**
	 * What the relay of a request carried, counted as each message is relayed: no words,
	 * no media.
	 *
	 * @param fromParticipant messages the participant sent the volunteer
	 * @param fromVolunteer messages the volunteers who had it sent the participant
	 * @param firstAt when the first was relayed
	 * @param lastAt when the last was relayed
	 * @param participantReceipt the update the participant's last counted message came in
	 * (so that an update handled again is counted once)
	 * @param volunteerReceipt the same for the volunteer's
	 */
	public record RelayTally(Long fromParticipant, Long fromVolunteer, Instant firstAt, Instant lastAt,
			String participantReceipt, String volunteerReceipt) {

		public RelayTally {
			// One side may not have written yet: its count is absent until then.
			fromParticipant = (fromParticipant != null) ? fromParticipant : 0L;
			fromVolunteer = (fromVolunteer != null) ? fromVolunteer : 0L;
		}

	}

	/** The schema version written by this code. */
	public static final int SCHEMA_VERSION = 4;

	@Override
	public String toString() {
		// No summary, region or feedback: logs must not carry personal data.
		return "HelpRequest[" + this.id + ", No. " + this.number + ", " + this.category + ", " + this.status + "]";
	}

}
