package org.peersupport.scripts;

import java.util.Map;

/**
 * One button of a buttons input: the value sent back (and stored) and a label per locale.
 */
public record Choice(String value, Map<String, String> label, SourcePosition position) {

	public Choice {
		label = Map.copyOf(label);
	}

	/**
	 * A choice the runtime builds from configuration, with one label for every locale.
	 */
	public static Choice of(String value, String label) {
		return new Choice(value, Map.of("*", label), SourcePosition.UNKNOWN);
	}

	/**
	 * The label in {@code locale}, else in {@code fallbackLocale}, else any label.
	 */
	public String label(String locale, String fallbackLocale) {
		String text = this.label.get(locale);
		if (text == null) {
			text = this.label.get(fallbackLocale);
		}
		if (text == null) {
			text = this.label.getOrDefault("*", this.label.values().stream().findFirst().orElse(this.value));
		}
		return text;
	}

}
