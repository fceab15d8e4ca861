package org.peersupport.requests;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.peersupport.messaging.Outbox;
import org.peersupport.messaging.Outgoing;
import org.peersupport.participants.Participant;
import org.peersupport.participants.Participants;
import org.peersupport.participants.Volunteer;
import org.peersupport.participants.Volunteers;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * What staff do with help requests in the panel: list the queue of their programmes, see
 * one, give it to a matching volunteer, close it with how it ended. The people concerned
 * are told through the outbox, once per change. What it shows of a request is a
 * {@link RequestView}: the participant by pseudonym only.
 */
public class RequestDesk {

	private final HelpRequests requests;

	private final Volunteers volunteers;

	private final Participants participants;

	private final VolunteerMatching matching;

	private final RequestOffers offers;

	private final RelayFocus focus;

	private final Outbox outbox;

	private final RequestsProperties properties;

	private final Clock clock;

	RequestDesk(HelpRequests requests, Volunteers volunteers, Participants participants, VolunteerMatching matching,
			RequestOffers offers, RelayFocus focus, Outbox outbox, RequestsProperties properties, Clock clock) {
		this.properties = properties;
		this.requests = requests;
		this.volunteers = volunteers;
		this.participants = participants;
		this.matching = matching;
		this.offers = offers;
		this.focus = focus;
		this.outbox = outbox;
		this.clock = clock;
	}

	/**
	 * The requests of the viewer's programmes that match the search, a page at a time: a
	 * participant in crisis first, then the oldest (only closed ones: the newest closed
	 * first).
	 * @param programmes the viewer's programmes, or null for all
	 */
	public Page<RequestView> queue(RequestSearch search, Collection<String> programmes, Pageable pageable) {
		Map<String, String> names = new HashMap<>();
		return this.requests.search(search, programmes, this.clock.instant(), pageable)
			.map((request) -> view(request, names));
	}

	/** How many requests of the viewer's programmes (null: all) nobody has taken. */
	public long countUntaken(Collection<String> programmes) {
		return this.requests
			.search(new RequestSearch(RequestStage.UNTAKEN, null, null, null), programmes, this.clock.instant(),
					Pageable.ofSize(1))
			.getTotalElements();
	}

	/**
	 * The request with this number as staff see it, if it is in the viewer's programmes.
	 * @param programmes the viewer's programmes, or null for all
	 */
	public Optional<RequestView> view(long number, Collection<String> programmes) {
		return find(number, programmes).map((request) -> view(request, new HashMap<>()));
	}

	/**
	 * The request with this number, if it is in the viewer's programmes.
	 * @param programmes the viewer's programmes, or null for all
	 */
	private Optional<HelpRequest> find(long number, Collection<String> programmes) {
		return this.requests.byNumber(number)
			.filter((request) -> programmes == null || programmes.contains(request.programme()));
	}

	/**
	 * The messages the volunteer reported in the request's relay, oldest first (the only
	 * relayed words the service keeps); none for a request outside the programmes.
	 */
	public List<ReportedMessage> reportsOf(long number, Collection<String> programmes) {
		return find(number, programmes).map((request) -> this.requests.reportsOf(number)).orElse(List.of());
	}

	/**
	 * The volunteers an active request of the viewer's programmes can be given to, best
	 * first: approved (not paused) volunteers of its programme with a skill of its
	 * category, speaking the participant's language, under their open-request limit, and
	 * not the one who has it. Empty for a closed request or one out of scope.
	 */
	public List<Candidate> volunteersFor(long number, Collection<String> programmes) {
		return find(number, programmes).filter((request) -> request.status().isActive())
			.map(this::candidates)
			.orElse(List.of())
			.stream()
			.map((volunteer) -> new Candidate(volunteer.id(), nameOf(volunteer),
					this.requests.countClaimedBy(volunteer.id())))
			.toList();
	}

	/** The configured categories' labels in {@code locale}, by key, in their order. */
	public Map<String, String> categories(String locale) {
		Map<String, String> labels = new LinkedHashMap<>();
		this.properties.categories().forEach((category) -> labels.put(category.key(), category.label(locale)));
		return labels;
	}

	/** A category's label in {@code locale} (its key when no text names it). */
	public String categoryLabel(String key, String locale) {
		return this.properties.label(key, locale);
	}

	/**
	 * A volunteer a request can be given to.
	 *
	 * @param id the volunteer's id
	 * @param name their name as they gave it
	 * @param openRequests how many requests they have taken and not closed
	 */
	public record Candidate(String id, String name, long openRequests) {
	}

	private List<Volunteer> candidates(HelpRequest request) {
		return this.matching.candidates(request,
				(request.claimedBy() != null) ? Set.of(request.claimedBy()) : Set.of());
	}

	private RequestView view(HelpRequest request, Map<String, String> names) {
		String pseudonym = this.participants.find(request.chatId()).map(Participant::pseudonym).orElse(null);
		List<RequestView.Move> moves = request.history()
			.stream()
			.map((move) -> new RequestView.Move(move.kind(), move.volunteerId(), name(move.volunteerId(), names),
					byVolunteer(move) ? move.reason() : null, byVolunteer(move) ? null : move.reason(), move.at()))
			.toList();
		return new RequestView(request.number(), request.programme(), pseudonym, request.category(), request.urgency(),
				RequestStage.of(request), request.status(), request.crisis(), request.createdAt(), request.claimedAt(),
				request.closedAt(), request.claimedBy(), name(request.claimedBy(), names), request.offers().size(),
				request.moderatorsAt(), request.remindedAt(), request.outcome(), moves,
				RequestView.RelayView.of(request), request.feedback(), request.rating());
	}

	/**
	 * Whether the move's reason is the volunteer's (a reason key or an outcome), not a
	 * staff id.
	 */
	private static boolean byVolunteer(HelpRequest.Move move) {
		return HelpRequest.Move.RELEASED.equals(move.kind()) || HelpRequest.Move.OUTCOME.equals(move.kind());
	}

	/** A volunteer's name, read once per call; null for none or an erased volunteer. */
	private String name(String volunteerId, Map<String, String> names) {
		if (volunteerId == null) {
			return null;
		}
		return names.computeIfAbsent(volunteerId,
				(id) -> this.volunteers.find(id).map(RequestDesk::nameOf).orElse(null));
	}

	private static String nameOf(Volunteer volunteer) {
		Object name = volunteer.details().get("realName");
		return (name != null && !name.toString().isBlank()) ? name.toString().strip() : volunteer.id();
	}

	/**
	 * Gives an open or claimed request to one of the volunteers it can be given to
	 * ({@link #volunteersFor}); the volunteer who had it, the one who gets it and the
	 * participant are told, and the offers other volunteers still hold say it was taken.
	 * @param programmes the staff member's programmes, or null for all
	 * @param staff who did it (an internal id), kept in the request's history
	 * @return whether it was given
	 */
	public boolean reassign(long number, String volunteerId, Collection<String> programmes, String staff) {
		HelpRequest request = find(number, programmes).filter((r) -> r.status().isActive()).orElse(null);
		Volunteer volunteer = (request != null)
				? candidates(request).stream().filter((v) -> v.id().equals(volunteerId)).findFirst().orElse(null)
				: null;
		if (volunteer == null) {
			return false;
		}
		Instant now = this.clock.instant();
		if (!this.requests.assign(request, volunteer.id(), volunteer.chatId(), staff, now,
				now.plus(this.properties.silence()))) {
			return false;
		}
		String key = "rq-reassigned:" + number + ":" + (request.history().size() + 1);
		String shown = String.valueOf(number);
		if (request.claimedChat() != null) {
			String theirs = this.volunteers.find(request.claimedBy()).map(Volunteer::locale).orElse("en");
			this.outbox.put(key + ":from", 0, new Outgoing.SendMessage(request.claimedChat(), false,
					RequestTexts.get("reassigned.from", theirs, shown), List.of()));
		}
		this.outbox.put(key + ":to", 0,
				new Outgoing.SendMessage(volunteer.chatId(), false, this.offers.text(request, volunteer.locale())
						+ "\n\n" + RequestTexts.get("reassigned.to", volunteer.locale(), shown), List.of()));
		this.outbox.put(key + ":participant", 0, new Outgoing.SendMessage(request.chatId(), false,
				RequestTexts.get("reassigned.participant", this.offers.plainFor(request), request.locale(), shown),
				List.of()));
		if (request.status() == RequestStatus.OPEN) {
			offersTaken(request, volunteer, key, shown);
		}
		this.focus.focus(volunteer.chatId(), number);
		this.focus.focus(request.chatId(), number);
		return true;
	}

	/** The offers of an open request that staff gave away now say it was taken. */
	private void offersTaken(HelpRequest request, Volunteer given, String key, String shown) {
		for (HelpRequest.Offer offer : request.offers()) {
			if (offer.chatId() == given.chatId()) {
				continue;
			}
			String theirs = this.volunteers.find(offer.volunteerId()).map(Volunteer::locale).orElse("en");
			this.outbox.put(key + ":taken:" + offer.volunteerId(), 0,
					new Outgoing.EditText(offer.chatId(), new Outgoing.MessageTarget(null, offer.entryId()),
							RequestTexts.get("offer.taken", theirs, shown), List.of()));
		}
	}

	/**
	 * Closes an open or claimed request with how it ended; the participant and the
	 * volunteer who had it are told.
	 * @param programmes the staff member's programmes, or null for all
	 * @param staff who did it (an internal id), kept in the request's history
	 * @return whether it was closed
	 */
	public boolean close(long number, RequestOutcome outcome, Collection<String> programmes, String staff) {
		HelpRequest request = find(number, programmes).orElse(null);
		if (outcome == null || request == null
				|| !this.requests.close(request.id(), outcome, request.claimedBy(), staff, this.clock.instant())) {
			return false;
		}
		String shown = String.valueOf(number);
		this.outbox.put("rq-closed:" + number, 0,
				new Outgoing.SendMessage(request.chatId(), false,
						RequestTexts.get("closed.participant", this.offers.plainFor(request), request.locale(), shown),
						List.of()));
		if (request.claimedChat() != null) {
			String theirs = this.volunteers.find(request.claimedBy()).map(Volunteer::locale).orElse("en");
			this.outbox.put("rq-closed:" + number + ":volunteer", 0, new Outgoing.SendMessage(request.claimedChat(),
					false, RequestTexts.get("closed.volunteer", theirs, shown), List.of()));
		}
		return true;
	}

}
