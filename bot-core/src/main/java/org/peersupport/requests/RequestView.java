package org.peersupport.requests;

import java.time.Instant;
import java.util.List;

/**
 * A help request as staff see it in the panel: who asked by pseudonym only, what kind of
 * help, where it stands, who has it, and who moved it. Never what the participant wrote
 * about their need, where they are, nor anyone's Telegram identity; only the word they
 * chose to leave the team about the help once it ended.
 *
 * @param number the number people see
 * @param programme the programme's key
 * @param pseudonym the participant's pseudonym, or null if they chose none
 * @param category the category's key
 * @param urgency how soon the help is needed
 * @param stage where it stands
 * @param status its stored status (a closed one is resolved or cancelled)
 * @param crisis whether the participant was in crisis when it was made
 * @param createdAt when it was made
 * @param claimedAt when the volunteer who has it took it, or null
 * @param closedAt when it was closed, or null
 * @param volunteerId the id of the volunteer who has it, or null
 * @param volunteerName that volunteer's name, or null
 * @param offers how many volunteers it was offered to
 * @param offeredToAllAt when the final wave reached the team, or null
 * @param remindedAt when the silent volunteer was reminded, or null
 * @param outcome how it ended, as staff or its volunteer recorded it, or null
 * @param moves who gave it back, was given it or closed it, in order
 * @param relay the relay's metadata: whether it is open, when, how many messages
 * @param feedback the word the participant left the team about the help, or null
 * @param rating the participant's rating of the help (1–5), or null
 */
public record RequestView(long number, String programme, String pseudonym, String category, Urgency urgency,
		RequestStage stage, RequestStatus status, boolean crisis, Instant createdAt, Instant claimedAt,
		Instant closedAt, String volunteerId, String volunteerName, int offers, Instant offeredToAllAt,
		Instant remindedAt, RequestOutcome outcome, List<Move> moves, RelayView relay, String feedback,
		Integer rating) {

	public RequestView {
		moves = List.copyOf(moves);
	}

	/**
	 * One change of hands.
	 *
	 * @param kind {@code released}, {@code reassigned}, {@code closed},
	 * {@code blocked-participant}, {@code blocked-volunteer} or {@code outcome}
	 * @param volunteerId the volunteer who gave it back, was given it or recorded its
	 * outcome, or null
	 * @param volunteerName that volunteer's name, or null
	 * @param reason why a volunteer gave it back (a reason key: {@code time},
	 * {@code skill}, {@code contact}), the outcome a volunteer recorded (its name), or
	 * null
	 * @param staffId the internal id of the staff member who gave or closed it, or null
	 * @param at when
	 */
	public record Move(String kind, String volunteerId, String volunteerName, String reason, String staffId,
			Instant at) {
	}

	/**
	 * What staff may know of a request's relay: whether it is open, when it began and
	 * ended, and how many messages went each way. Never what they said (a message the
	 * volunteer reported is shown apart).
	 *
	 * @param open whether the participant and a volunteer can write to each other now
	 * @param startedAt when a volunteer first took the request, or null if none has
	 * @param endedAt when the last volunteer's relay ended (closed, or given back), or
	 * null while open or never begun
	 * @param fromParticipant messages the participant sent
	 * @param fromVolunteer messages the volunteers who had it sent
	 * @param lastMessageAt when the last message was relayed, or null
	 */
	public record RelayView(boolean open, Instant startedAt, Instant endedAt, long fromParticipant, long fromVolunteer,
			Instant lastMessageAt) {

		/** The relay of a stored request. */
		static RelayView of(HelpRequest request) {
			boolean open = request.status() == RequestStatus.CLAIMED;
			Instant started = (request.firstClaimedAt() != null) ? request.firstClaimedAt() : request.claimedAt();
			Instant ended = (open || started == null) ? null : endOf(request);
			HelpRequest.RelayTally tally = request.relay();
			return (tally != null) ? new RelayView(open, started, ended, tally.fromParticipant(), tally.fromVolunteer(),
					tally.lastAt()) : new RelayView(open, started, ended, 0, 0, null);
		}

		/** When a request that was taken stopped being anyone's. */
		private static Instant endOf(HelpRequest request) {
			if (request.closedAt() != null) {
				return request.closedAt();
			}
			return request.history()
				.stream()
				.filter((move) -> HelpRequest.Move.RELEASED.equals(move.kind()))
				.map(HelpRequest.Move::at)
				.reduce((first, second) -> second)
				.orElse(null);
		}

	}

}
