package org.peersupport.web.volunteers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A volunteer's sign-up answers in the order the page shows them, each value as text.
 *
 * @param field the answer's field name in the sign-up script
 * @param value the answer, lists joined with commas
 */
record VolunteerDetails(String field, String value) {

	/** Fields of the sign-up script, in the order it asks for them. */
	static final List<String> ORDER = List.of("realName", "contact", "organisation", "trainings", "skills", "medicines",
			"languages", "region", "days", "hours", "quietHours", "maxOpenRequests");

	/** The answers, known fields first in script order, then any others. */
	static List<VolunteerDetails> of(Map<String, Object> details) {
		Map<String, Object> remaining = new LinkedHashMap<>(details);
		List<VolunteerDetails> shown = new ArrayList<>();
		for (String field : ORDER) {
			if (remaining.containsKey(field)) {
				shown.add(new VolunteerDetails(field, text(remaining.remove(field))));
			}
		}
		remaining.forEach((field, value) -> shown.add(new VolunteerDetails(field, text(value))));
		return shown;
	}

	/** One answer as text; lists joined with commas. */
	static String text(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Collection<?> values) {
			return values.stream().map(String::valueOf).collect(Collectors.joining(", "));
		}
		return value.toString();
	}

	/** Whether the sign-up script knows this field (it then has a translated label). */
	public boolean isKnown() {
		return ORDER.contains(this.field);
	}

}
