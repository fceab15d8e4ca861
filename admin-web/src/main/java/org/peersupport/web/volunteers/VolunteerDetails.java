package org.peersupport.web.volunteers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A volunteer's sign-up answers in the order the page shows them, each value as words in
 * the viewer's language.
 *
 * @param field the answer's field name in the sign-up script
 * @param value the answer, lists joined with commas
 * @param warningKey message key of what staff should check about the answer (e.g. "none"
 * chosen beside a training), or null
 */
record VolunteerDetails(String field, String value, String warningKey) {

	/** Fields of the sign-up script, in the order it asks for them. */
	static final List<String> ORDER = List.of("realName", "contact", "organisation", "trainings", "skills", "medicines",
			"languages", "region", "days", "hours", "quietHours", "maxOpenRequests");

	/**
	 * The answers, known fields first in script order, then any others.
	 * @param words the answers as words in the viewer's language, by field (a field
	 * missing here is shown as stored)
	 */
	static List<VolunteerDetails> of(Map<String, Object> details, Map<String, String> words) {
		Map<String, Object> remaining = new LinkedHashMap<>(details);
		List<VolunteerDetails> shown = new ArrayList<>();
		for (String field : ORDER) {
			if (remaining.containsKey(field)) {
				shown.add(detail(field, remaining.remove(field), words));
			}
		}
		remaining.forEach((field, value) -> shown.add(detail(field, value, words)));
		return shown;
	}

	private static VolunteerDetails detail(String field, Object value, Map<String, String> words) {
		String text = words.containsKey(field) ? words.get(field) : text(value);
		return new VolunteerDetails(field, text, noneBesideOthers(value) ? "volunteers.warning.none-and-others" : null);
	}

	/** "None" chosen together with something else in a list: contradictory. */
	private static boolean noneBesideOthers(Object value) {
		return value instanceof Collection<?> values && values.size() > 1 && values.contains("none");
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
