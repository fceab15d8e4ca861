package org.peersupport.requests;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.peersupport.participants.Volunteer;
import org.peersupport.participants.VolunteerSearch;
import org.peersupport.participants.VolunteerStatus;
import org.peersupport.participants.Volunteers;

import org.springframework.data.domain.Pageable;

/**
 * Which volunteers a request is offered to, best first: approved (not paused) volunteers
 * of its programme with a skill of its category, speaking the participant's language,
 * under their open-request limit; those of the request's region first (when it names
 * one), then those with the fewest open requests, then those who waited longest since
 * their last one. Whether each can be sent it now ({@link Availability}) is asked
 * separately: one in their quiet hours stays a candidate for a later wave.
 */
class VolunteerMatching {

	private static final int MAX_VOLUNTEERS = 2000;

	private final Volunteers volunteers;

	private final HelpRequests requests;

	private final RequestsProperties properties;

	private final RelayBlocks blocks;

	VolunteerMatching(Volunteers volunteers, HelpRequests requests, RequestsProperties properties, RelayBlocks blocks) {
		this.volunteers = volunteers;
		this.requests = requests;
		this.properties = properties;
		this.blocks = blocks;
	}

	/**
	 * The matching volunteers not in {@code excluded} (ids), best first; none who staff
	 * blocked from the relay, and none at all for a participant staff blocked (their
	 * requests wait for the team).
	 */
	List<Volunteer> candidates(HelpRequest request, Collection<String> excluded) {
		if (this.blocks.participantBlocked(request.chatId())) {
			return List.of();
		}
		Set<String> skills = Set
			.copyOf(this.properties.category(request.category()).map(RequestCategory::skills).orElse(List.of()));
		VolunteerSearch search = new VolunteerSearch(null, request.locale(), null, VolunteerStatus.APPROVED);
		List<Volunteer> found = this.volunteers
			.search(search, List.of(request.programme()), Pageable.ofSize(MAX_VOLUNTEERS))
			.getContent();
		Set<String> blocked = this.blocks.blockedVolunteers(found.stream().map(Volunteer::id).toList());
		return found.stream()
			.filter((volunteer) -> !excluded.contains(volunteer.id()))
			.filter((volunteer) -> !blocked.contains(volunteer.id()))
			.filter((volunteer) -> strings(volunteer.details().get("skills")).stream().anyMatch(skills::contains))
			.map((volunteer) -> new Ranked(volunteer, sameRegion(request, volunteer),
					this.requests.countClaimedBy(volunteer.id()), this.requests.lastClaimBy(volunteer.id())))
			.filter((ranked) -> ranked.open() < limit(ranked.volunteer()))
			.sorted(Comparator.comparing(Ranked::sameRegion)
				.reversed()
				.thenComparingLong(Ranked::open)
				.thenComparing(Ranked::lastClaim, Comparator.nullsFirst(Comparator.naturalOrder())))
			.map(Ranked::volunteer)
			.toList();
	}

	/** Whether the volunteer may be sent a request of this programme now. */
	boolean availableNow(Volunteer volunteer, java.time.ZonedDateTime now) {
		return Availability.at(volunteer.details(), now);
	}

	/** Whether the volunteer may take one more request. */
	boolean underLimit(Volunteer volunteer) {
		return this.requests.countClaimedBy(volunteer.id()) < limit(volunteer);
	}

	/** The volunteer's open-request limit as they answered it (1 when unreadable). */
	static int limit(Volunteer volunteer) {
		Object limit = volunteer.details().get("maxOpenRequests");
		if (limit instanceof Number number) {
			return number.intValue();
		}
		if (limit != null && limit.toString().matches("[0-9]{1,4}")) {
			return Integer.parseInt(limit.toString());
		}
		return 1;
	}

	private static boolean sameRegion(HelpRequest request, Volunteer volunteer) {
		Object region = volunteer.details().get("region");
		if (request.region() == null || region == null) {
			return false;
		}
		String wanted = request.region().strip().toLowerCase(Locale.ROOT);
		String theirs = region.toString().strip().toLowerCase(Locale.ROOT);
		return !wanted.isEmpty() && !theirs.isEmpty() && (theirs.contains(wanted) || wanted.contains(theirs));
	}

	private static List<String> strings(Object value) {
		if (value instanceof Collection<?> values) {
			return values.stream().map(String::valueOf).toList();
		}
		return (value != null) ? List.of(value.toString()) : List.of();
	}

	private record Ranked(Volunteer volunteer, boolean sameRegion, long open, Instant lastClaim) {
	}

}
