package org.peersupport.requests;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.peersupport.messaging.Outbox;
import org.peersupport.messaging.Outgoing;
import org.peersupport.participants.Volunteer;
import org.peersupport.participants.VolunteerSearch;
import org.peersupport.participants.VolunteerStatus;
import org.peersupport.participants.Volunteers;

import org.springframework.data.domain.Pageable;

/**
 * What staff do with help requests in the panel: find one in their programmes, give it to
 * a volunteer, close it. The people concerned are told through the outbox, once per
 * change.
 */
public class RequestDesk {

	private final HelpRequests requests;

	private final Volunteers volunteers;

	private final RequestOffers offers;

	private final RelayFocus focus;

	private final Outbox outbox;

	private final RequestsProperties properties;

	private final Clock clock;

	RequestDesk(HelpRequests requests, Volunteers volunteers, RequestOffers offers, RelayFocus focus, Outbox outbox,
			RequestsProperties properties, Clock clock) {
		this.properties = properties;
		this.requests = requests;
		this.volunteers = volunteers;
		this.offers = offers;
		this.focus = focus;
		this.outbox = outbox;
		this.clock = clock;
	}

	/**
	 * The request with this number, if it is in the viewer's programmes.
	 * @param programmes the viewer's programmes, or null for all
	 */
	public Optional<HelpRequest> find(long number, Collection<String> programmes) {
		return this.requests.byNumber(number)
			.filter((request) -> programmes == null || programmes.contains(request.programme()));
	}

	/**
	 * The approved volunteers of the request's programme it can be given to (not the one
	 * who has it).
	 */
	public List<Volunteer> volunteersFor(HelpRequest request) {
		VolunteerSearch approved = new VolunteerSearch(null, null, null, VolunteerStatus.APPROVED);
		return this.volunteers.search(approved, List.of(request.programme()), Pageable.ofSize(2000))
			.stream()
			.filter((volunteer) -> !volunteer.id().equals(request.claimedBy()))
			.toList();
	}

	/**
	 * Gives an open or claimed request to an approved volunteer of its programme; the
	 * volunteer who had it, the one who gets it and the participant are told.
	 * @param programmes the staff member's programmes, or null for all
	 * @param staff who did it (an internal id), kept in the request's history
	 * @return whether it was given
	 */
	public boolean reassign(long number, String volunteerId, Collection<String> programmes, String staff) {
		HelpRequest request = find(number, programmes).filter((r) -> r.status().isActive()).orElse(null);
		Volunteer volunteer = this.volunteers.find(volunteerId)
			.filter((v) -> v.status() == VolunteerStatus.APPROVED)
			.orElse(null);
		if (request == null || volunteer == null || !request.programme().equals(volunteer.programme())
				|| volunteer.id().equals(request.claimedBy())) {
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
		this.focus.focus(volunteer.chatId(), number);
		this.focus.focus(request.chatId(), number);
		return true;
	}

	/**
	 * Closes an open or claimed request; the participant and the volunteer who had it are
	 * told.
	 * @return whether it was closed
	 */
	public boolean close(long number, Collection<String> programmes) {
		HelpRequest request = find(number, programmes).orElse(null);
		if (request == null || !this.requests.close(request.id(), this.clock.instant())) {
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
