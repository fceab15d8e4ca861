package org.peersupport.volunteers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks the editable part of a volunteer's answers and turns it into stored fields.
 */
final class VolunteerProfile {

	private VolunteerProfile() {
	}

	/**
	 * The profile's fields.
	 * @param known the configured skills' keys ({@code peer.volunteers.skills})
	 */
	static Map<String, Object> validated(List<String> known, List<String> skills, List<String> languages, String region,
			int maxOpenRequests) {
		if (skills == null || skills.isEmpty() || !known.containsAll(skills)) {
			throw new IllegalArgumentException("Skills must be one or more of " + known);
		}
		if (languages == null || languages.isEmpty() || !VolunteerService.LANGUAGES.containsAll(languages)) {
			throw new IllegalArgumentException("Languages must be one or more of " + VolunteerService.LANGUAGES);
		}
		String trimmed = (region != null) ? region.strip() : "";
		if (trimmed.isEmpty() || trimmed.length() > VolunteerService.MAX_REGION_LENGTH) {
			throw new IllegalArgumentException(
					"Region must be 1.." + VolunteerService.MAX_REGION_LENGTH + " characters");
		}
		if (maxOpenRequests < VolunteerService.MIN_OPEN_REQUESTS
				|| maxOpenRequests > VolunteerService.MAX_OPEN_REQUESTS) {
			throw new IllegalArgumentException("Open requests must be " + VolunteerService.MIN_OPEN_REQUESTS + ".."
					+ VolunteerService.MAX_OPEN_REQUESTS + ", not " + maxOpenRequests);
		}
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("skills", List.copyOf(skills.stream().distinct().toList()));
		fields.put("languages", List.copyOf(languages.stream().distinct().toList()));
		fields.put("region", trimmed);
		fields.put("maxOpenRequests", maxOpenRequests);
		return fields;
	}

	/**
	 * The availability as the sign-up script stores it: {@code days} and {@code hours} as
	 * lists in the week's and the day's order, {@code quietHours} as {@code 21-09} or
	 * {@code none}.
	 */
	static Map<String, Object> availability(List<String> days, List<String> parts, Integer quietFrom, Integer quietTo) {
		List<String> chosenDays = (days != null) ? days : List.of();
		if (!VolunteerService.DAYS.containsAll(chosenDays)) {
			throw new IllegalArgumentException("Days must be some of " + VolunteerService.DAYS);
		}
		List<String> chosenParts = (parts != null) ? parts : List.of();
		if (!VolunteerService.PARTS.containsAll(chosenParts)) {
			throw new IllegalArgumentException("Parts of the day must be some of " + VolunteerService.PARTS);
		}
		String quiet = quietHours(quietFrom, quietTo);
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("days", VolunteerService.DAYS.stream().filter(chosenDays::contains).toList());
		fields.put("hours", VolunteerService.PARTS.stream().filter(chosenParts::contains).toList());
		fields.put("quietHours", quiet);
		return fields;
	}

	static String quietHours(Integer from, Integer to) {
		if (from == null && to == null) {
			return "none";
		}
		if (from == null || to == null || from < 0 || from > 23 || to < 0 || to > 23 || from.equals(to)) {
			throw new IllegalArgumentException("Quiet hours need two different hours of the day, or none");
		}
		return String.format(Locale.ROOT, "%02d-%02d", from, to);
	}

}
