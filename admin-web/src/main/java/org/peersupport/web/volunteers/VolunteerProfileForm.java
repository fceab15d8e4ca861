package org.peersupport.web.volunteers;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.peersupport.participants.Volunteer;
import org.peersupport.volunteers.VolunteerService;

/**
 * The editable part of an approved volunteer's answers, as the detail page's form shows
 * it; also what the audit log keeps of a change (no names or contacts).
 *
 * @param skills the chosen skills
 * @param languages the chosen languages
 * @param region the city or region
 * @param maxOpenRequests open requests at once, as typed
 */
record VolunteerProfileForm(List<String> skills, List<String> languages, String region, String maxOpenRequests) {

	VolunteerProfileForm {
		skills = (skills != null) ? List.copyOf(skills) : List.of();
		languages = (languages != null) ? List.copyOf(languages) : List.of();
		region = (region != null) ? region : "";
		maxOpenRequests = (maxOpenRequests != null) ? maxOpenRequests.strip() : "";
	}

	/** The volunteer's current values. */
	static VolunteerProfileForm of(Volunteer volunteer) {
		Map<String, Object> details = volunteer.details();
		return new VolunteerProfileForm(texts(details.get("skills")), texts(details.get("languages")),
				VolunteerDetails.text(details.get("region")), number(details.get("maxOpenRequests")));
	}

	/** The limit as a number, or 0 when it is not one (the service then refuses it). */
	int maxOpenRequestsValue() {
		try {
			return Integer.parseInt(this.maxOpenRequests);
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	/**
	 * The id of the first field on the profile form that the service's limits refuse
	 * (skills, languages, region, then the limit); the limit's when none is.
	 */
	String invalidField() {
		if (this.skills.isEmpty() || !VolunteerService.SKILLS.containsAll(this.skills)) {
			return "skills";
		}
		if (this.languages.isEmpty() || !VolunteerService.LANGUAGES.containsAll(this.languages)) {
			return "languages";
		}
		if (this.region.isBlank() || this.region.strip().length() > VolunteerService.MAX_REGION_LENGTH) {
			return "region";
		}
		return "maxOpenRequests";
	}

	Map<String, Object> toAudit() {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("skills", String.join(",", this.skills));
		fields.put("languages", String.join(",", this.languages));
		fields.put("region", this.region);
		fields.put("maxOpenRequests", this.maxOpenRequests);
		return fields;
	}

	private static List<String> texts(Object value) {
		if (value instanceof Collection<?> values) {
			return values.stream().map(String::valueOf).toList();
		}
		return (value != null) ? List.of(value.toString()) : List.of();
	}

	private static String number(Object value) {
		return (value instanceof Number number) ? String.valueOf(number.intValue()) : VolunteerDetails.text(value);
	}

}
