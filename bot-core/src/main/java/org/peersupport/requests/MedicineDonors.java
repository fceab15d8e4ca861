package org.peersupport.requests;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.peersupport.participants.Volunteer;
import org.peersupport.participants.VolunteerStatus;

/**
 * Who is a medicine donor (a volunteer with a skill of the medicine category, from
 * configuration), and which donors' standing offers match a medicine request: the offer's
 * medicine named in what the participant wrote (or the other way round), ignoring case,
 * punctuation and spaces; the region, when both name one, the same or one within the
 * other.
 */
class MedicineDonors {

	/** The category whose requests are matched against standing offers. */
	static final String CATEGORY = "medicine";

	private final MedicineOffers offers;

	private final RequestsProperties properties;

	MedicineDonors(MedicineOffers offers, RequestsProperties properties) {
		this.offers = offers;
		this.properties = properties;
	}

	/** Whether the volunteer may record medicine offers (approved or paused). */
	boolean isDonor(Volunteer volunteer) {
		if (volunteer.status() != VolunteerStatus.APPROVED && volunteer.status() != VolunteerStatus.PAUSED) {
			return false;
		}
		Set<String> skills = Set
			.copyOf(this.properties.category(CATEGORY).map(RequestCategory::skills).orElse(List.of()));
		Object theirs = volunteer.details().get("skills");
		if (theirs instanceof Collection<?> values) {
			return values.stream().map(String::valueOf).anyMatch(skills::contains);
		}
		return theirs != null && skills.contains(theirs.toString());
	}

	/**
	 * Of the candidates (in their order), those whose standing offer matches the request,
	 * each with the offer; none for a request of another category.
	 */
	Map<String, MedicineOffer> matching(HelpRequest request, List<Volunteer> candidates, Instant now) {
		Map<String, MedicineOffer> found = new LinkedHashMap<>();
		if (!CATEGORY.equals(request.category()) || candidates.isEmpty()) {
			return found;
		}
		List<MedicineOffer> standing = this.offers.standingIn(request.programme(), now);
		for (Volunteer volunteer : candidates) {
			standing.stream()
				.filter((offer) -> offer.volunteerId().equals(volunteer.id()))
				.filter((offer) -> matches(offer, request, now))
				.findFirst()
				.ifPresent((offer) -> found.put(volunteer.id(), offer));
		}
		return found;
	}

	/**
	 * Whether the offer holds at {@code now} and names what the request asks for: its
	 * medicine, or the summary of a request stored before the medicine had a field.
	 */
	static boolean matches(MedicineOffer offer, HelpRequest request, Instant now) {
		return offer.standingAt(now) && offer.programme().equals(request.programme())
				&& namesMatch(offer.medicine(), (request.medicine() != null) ? request.medicine() : request.summary())
				&& regionsMatch(offer.region(), request.region());
	}

	/**
	 * Whether the medicine's name is in what was asked, or what was asked in the name, as
	 * whole words, whatever the case, spaces and punctuation.
	 */
	static boolean namesMatch(String medicine, String asked) {
		String name = words(medicine);
		String text = words(asked);
		if (name.isEmpty() || text.isEmpty()) {
			return false;
		}
		return (" " + text + " ").contains(" " + name + " ") || (" " + name + " ").contains(" " + text + " ");
	}

	/** Whether the regions agree: either names none, or one is within the other. */
	static boolean regionsMatch(String offered, String asked) {
		String theirs = words(offered);
		String wanted = words(asked);
		if (theirs.isEmpty() || wanted.isEmpty()) {
			return true;
		}
		return (" " + theirs + " ").contains(" " + wanted + " ") || (" " + wanted + " ").contains(" " + theirs + " ");
	}

	/** The text's words, lower case, separated by one space. */
	static String words(String text) {
		if (text == null) {
			return "";
		}
		return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
	}

}
