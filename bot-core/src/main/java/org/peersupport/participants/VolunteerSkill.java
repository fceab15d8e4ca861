package org.peersupport.participants;

import java.util.Map;

/**
 * A skill a volunteer can offer, from configuration ({@code peer.volunteers.skills}).
 *
 * @param key short stable key (lower case, digits, '-'; at most 24 characters: it travels
 * in button data); request categories name it in their {@code skills}
 * @param labels the sign-up button's label per locale (the panel shows it too)
 */
public record VolunteerSkill(String key, Map<String, String> labels) {

	public VolunteerSkill {
		if (key == null || !key.matches("[a-z][a-z0-9-]{0,23}")) {
			throw new IllegalArgumentException(
					"A volunteer skill key is lower case, digits and '-', 1 to 24 characters");
		}
		labels = (labels != null) ? Map.copyOf(labels) : Map.of();
	}

	/** The label in {@code locale}, else in English, else the key. */
	public String label(String locale) {
		String text = (locale != null) ? this.labels.get(locale) : null;
		if (text == null || text.isBlank()) {
			text = this.labels.get("en");
		}
		return (text != null && !text.isBlank()) ? text : this.key;
	}

}
