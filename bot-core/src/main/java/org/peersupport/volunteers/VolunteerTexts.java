package org.peersupport.volunteers;

import org.peersupport.scripts.TextBundle;

/**
 * The volunteer feature's words ({@code org/peersupport/volunteers/texts*.properties});
 * English is the base.
 */
final class VolunteerTexts {

	private static final TextBundle TEXTS = TextBundle.named("org.peersupport.volunteers.texts");

	private VolunteerTexts() {
	}

	static String get(String key, String locale, Object... args) {
		return TEXTS.get(key, locale, args);
	}

	/** The text, or its plain-language version for a plain-language programme. */
	static String get(String key, boolean plain, String locale, Object... args) {
		return TEXTS.get(key, plain, locale, args);
	}

}
