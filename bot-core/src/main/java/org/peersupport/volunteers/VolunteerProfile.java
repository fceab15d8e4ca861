package org.peersupport.volunteers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the editable part of a volunteer's answers and turns it into stored fields.
 */
final class VolunteerProfile {

	private VolunteerProfile() {
	}

	static Map<String, Object> validated(List<String> skills, List<String> languages, String region,
			int maxOpenRequests) {
		if (skills == null || skills.isEmpty() || !VolunteerService.SKILLS.containsAll(skills)) {
			throw new IllegalArgumentException("Skills must be one or more of " + VolunteerService.SKILLS);
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

}
