package org.peersupport.requests;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.peersupport.participants.Programmes;
import org.peersupport.participants.Volunteer;
import org.peersupport.participants.VolunteerStatus;

/**
 * What the panel shows of one volunteer's work: the requests they have now and had
 * before, how many they have against their limit, and when they may be sent a request.
 * Never what a participant wrote, nor who they are beyond the request's number.
 */
public class VolunteerCaseload {

	/** The most requests one page lists. */
	static final int MAX_REQUESTS = 100;

	private final HelpRequests requests;

	private final Programmes programmes;

	private final Clock clock;

	VolunteerCaseload(HelpRequests requests, Programmes programmes, Clock clock) {
		this.requests = requests;
		this.programmes = programmes;
		this.clock = clock;
	}

	/**
	 * The volunteer's caseload in these programmes (one query for the requests).
	 * @param programmes the viewer's programmes, or null for all
	 */
	public Caseload of(Volunteer volunteer, Collection<String> programmes) {
		List<Case> open = new ArrayList<>();
		List<Case> past = new ArrayList<>();
		for (HelpRequest request : this.requests.involving(volunteer.id(), programmes, MAX_REQUESTS)) {
			boolean holds = volunteer.id().equals(request.claimedBy());
			Case shown = new Case(request.number(), request.category(), RequestStage.of(request), request.status(),
					request.createdAt(), holds ? request.claimedAt() : null, request.closedAt(),
					holds ? null : howItLeft(request, volunteer.id()));
			((holds && request.status() == RequestStatus.CLAIMED) ? open : past).add(shown);
		}
		return new Caseload(open, past, VolunteerMatching.limit(volunteer), hours(volunteer));
	}

	/** Why a request the volunteer does not hold is not theirs any more. */
	private static String howItLeft(HelpRequest request, String volunteerId) {
		for (int i = request.history().size() - 1; i >= 0; i--) {
			HelpRequest.Move move = request.history().get(i);
			if (volunteerId.equals(move.volunteerId())) {
				return HelpRequest.Move.RELEASED.equals(move.kind()) ? Case.RELEASED : Case.MOVED;
			}
		}
		return Case.MOVED;
	}

	private Hours hours(Volunteer volunteer) {
		ZoneId zone = this.programmes.findOrFirst(volunteer.programme()).timeZone();
		int[] quiet = Availability.quietHours(volunteer.details());
		boolean taking = volunteer.status() == VolunteerStatus.APPROVED;
		return new Hours(Availability.days(volunteer.details()), Availability.parts(volunteer.details()),
				(quiet != null) ? quiet[0] : null, (quiet != null) ? quiet[1] : null, zone, taking,
				taking && Availability.at(volunteer.details(), this.clock.instant().atZone(zone)));
	}

	/**
	 * A volunteer's requests and availability.
	 *
	 * @param open the requests they have now, newest first
	 * @param past the requests they had: closed while theirs, given back or given to
	 * someone else, newest first
	 * @param limit how many open requests they take at most
	 * @param hours when they may be sent one
	 */
	public record Caseload(List<Case> open, List<Case> past, int limit, Hours hours) {

		public Caseload {
			open = List.copyOf(open);
			past = List.copyOf(past);
		}

		/** Whether they have as many open requests as they take. */
		public boolean full() {
			return this.open.size() >= this.limit;
		}

	}

	/**
	 * One request of the volunteer's.
	 *
	 * @param number the request's number
	 * @param category the category's key
	 * @param stage where it stands now
	 * @param status its stored status
	 * @param createdAt when it was made
	 * @param claimedAt when they took it or were given it, if they have it or had it when
	 * it closed, else null
	 * @param closedAt when it was closed, or null
	 * @param left how it stopped being theirs ({@link #RELEASED}, {@link #MOVED}), or
	 * null when they have it or had it when it closed
	 */
	public record Case(long number, String category, RequestStage stage, RequestStatus status, Instant createdAt,
			Instant claimedAt, Instant closedAt, String left) {

		/** They gave it back. */
		public static final String RELEASED = "released";

		/** Staff gave it to someone else. */
		public static final String MOVED = "moved";

	}

	/**
	 * When a volunteer may be sent a request, in their programme's time zone.
	 *
	 * @param days the days they chose, Monday first; empty: every day
	 * @param parts the parts of the day they chose ({@code morning} 8–12,
	 * {@code afternoon} 12–17, {@code evening} 17–22); empty: any hour
	 * @param quietFrom the hour their quiet hours begin, or null for none
	 * @param quietTo the hour they end
	 * @param zone the time zone these hours are in
	 * @param taking whether they take requests at all (approved, not paused)
	 * @param now whether they may be sent one now
	 */
	public record Hours(List<DayOfWeek> days, List<String> parts, Integer quietFrom, Integer quietTo, ZoneId zone,
			boolean taking, boolean now) {

		public Hours {
			days = List.copyOf(days);
			parts = List.copyOf(parts);
		}

	}

}
