package org.peersupport.requests;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * A kind of help participants can ask for ({@code peer.requests.categories}).
 *
 * @param key short stable key (lower case, digits, '-'; at most 16 characters: it travels
 * in button data); its label is {@code category.<key>} in the feature's texts, or
 * {@code labels}
 * @param skills the volunteer skills that can help with it (any one is enough)
 * @param script the intake script of an ordinary programme; by default the generic
 * {@code help-request} (what is needed, where, how urgent), which suits a category whose
 * questions are no different
 * @param plainScript the intake script of a plain-language programme; by default
 * {@code help-request-plain}
 * @param labels the button label per locale, for a category the shipped texts do not name
 */
public record RequestCategory(String key, List<String> skills, @DefaultValue("help-request") String script,
		@DefaultValue("help-request-plain") String plainScript, Map<String, String> labels) {

	/** The category of "talk to a person", which free text and the handoffs create. */
	public static final String TALK = "talk";

	public RequestCategory {
		if (key == null || !key.matches("[a-z][a-z0-9-]{0,15}")) {
			throw new IllegalArgumentException("A request category key is lower case, digits and '-', 1 to 16 long");
		}
		skills = (skills != null) ? List.copyOf(skills) : List.of();
		script = (script != null) ? script : "help-request";
		plainScript = (plainScript != null) ? plainScript : "help-request-plain";
		labels = (labels != null) ? Map.copyOf(labels) : Map.of();
	}

	static RequestCategory of(String key, String... skills) {
		return new RequestCategory(key, List.of(skills), null, null, null);
	}

	/**
	 * A category whose intake is its own script ({@code request-<key>}, and
	 * {@code request-<key>-plain} for a plain-language programme).
	 */
	static RequestCategory scripted(String key, String... skills) {
		return new RequestCategory(key, List.of(skills), "request-" + key, "request-" + key + "-plain", null);
	}

	/** Its label in {@code locale}: configured, else the shipped text, else its key. */
	public String label(String locale) {
		String configured = this.labels.getOrDefault(locale, this.labels.get("en"));
		return (configured != null) ? configured : RequestTexts.categoryLabel(this.key, locale);
	}

}
