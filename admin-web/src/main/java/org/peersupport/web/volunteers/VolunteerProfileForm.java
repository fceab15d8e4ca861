package org.peersupport.web.volunteers;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
 * @param days the chosen days ({@code mon}…); none means every day
 * @param hours the chosen parts of the day ({@code morning}…); none means any hour
 * @param quietFrom the hour quiet hours begin, as chosen ("" for none)
 * @param quietTo the hour they end, as chosen ("" for none)
 */
record VolunteerProfileForm(List<String> skills, List<String> languages, String region, String maxOpenRequests,
		List<String> days, List<String> hours, String quietFrom, String quietTo) {

	VolunteerProfileForm {
		skills = (skills != null) ? List.copyOf(skills) : List.of();
		languages = (languages != null) ? List.copyOf(languages) : List.of();
		region = (region != null) ? region : "";
		maxOpenRequests = (maxOpenRequests != null) ? maxOpenRequests.strip() : "";
		days = (days != null) ? List.copyOf(days) : List.of();
		hours = (hours != null) ? List.copyOf(hours) : List.of();
		quietFrom = (quietFrom != null) ? quietFrom.strip() : "";
		quietTo = (quietTo != null) ? quietTo.strip() : "";
	}

	/** The volunteer's current values. */
	static VolunteerProfileForm of(Volunteer volunteer) {
		Map<String, Object> details = volunteer.details();
		Object quiet = details.get("quietHours");
		boolean hasQuiet = quiet != null && quiet.toString().matches("[0-9]{2}-[0-9]{2}");
		return new VolunteerProfileForm(texts(details.get("skills")), texts(details.get("languages")),
				VolunteerDetails.text(details.get("region")), number(details.get("maxOpenRequests")),
				texts(details.get("days")), texts(details.get("hours")),
				hasQuiet ? String.valueOf(Integer.parseInt(quiet.toString().substring(0, 2))) : "",
				hasQuiet ? String.valueOf(Integer.parseInt(quiet.toString().substring(3))) : "");
	}

	/** The hour quiet hours begin, or null for none or a value that is not a number. */
	Integer quietFromValue() {
		return hour(this.quietFrom);
	}

	/** The hour quiet hours end, or null for none or a value that is not a number. */
	Integer quietToValue() {
		return hour(this.quietTo);
	}

	private static Integer hour(String value) {
		if (value.isEmpty()) {
			return null;
		}
		try {
			return Integer.parseInt(value);
		}
		catch (NumberFormatException ex) {
			// Not an hour: refused as out of range.
			return -1;
		}
	}

	/**
	 * The id of the first availability field the service's limits refuse, or null when
	 * the days, parts of the day and quiet hours are all allowed.
	 */
	String invalidAvailabilityField() {
		if (!VolunteerService.DAYS.containsAll(this.days)) {
			return "days";
		}
		if (!VolunteerService.PARTS.containsAll(this.hours)) {
			return "hours";
		}
		Integer from = quietFromValue();
		Integer to = quietToValue();
		if (from == null && to == null) {
			return null;
		}
		if (from == null || from < 0 || from > 23) {
			return "quietFrom";
		}
		if (to == null || to < 0 || to > 23 || to.equals(from)) {
			return "quietTo";
		}
		return null;
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
	 * @param knownSkills the configured skills' keys
	 */
	String invalidField(List<String> knownSkills) {
		if (this.skills.isEmpty() || !knownSkills.containsAll(this.skills)) {
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
		fields.put("days", String.join(",", this.days));
		fields.put("hours", String.join(",", this.hours));
		fields.put("quietHours", (invalidAvailabilityField() == null && quietFromValue() != null)
				? String.format(Locale.ROOT, "%02d-%02d", quietFromValue(), quietToValue()) : "none");
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
