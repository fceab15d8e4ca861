package org.peersupport.requests;

import java.util.Locale;

/**
 * How soon a participant needs the help, as they chose it.
 */
public enum Urgency {

	/** Today. */
	TODAY,

	/** This week. */
	WEEK,

	/** Whenever someone can. */
	WHENEVER;

	/**
	 * The urgency a script's answer names ({@code today}, {@code week},
	 * {@code whenever}).
	 */
	static Urgency fromAnswer(String answer) {
		return (answer != null) ? valueOf(answer.toUpperCase(Locale.ROOT)) : WHENEVER;
	}

	/** The key of its label in the feature's texts. */
	String textKey() {
		return "urgency." + name().toLowerCase(Locale.ROOT);
	}

}
