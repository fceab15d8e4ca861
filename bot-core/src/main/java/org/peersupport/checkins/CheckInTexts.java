package org.peersupport.checkins;

import org.peersupport.scripts.TextBundle;

/**
 * The check-ins' words ({@code org/peersupport/checkins/texts*.properties}); English is
 * the base.
 */
final class CheckInTexts {

	private static final TextBundle TEXTS = TextBundle.named("org.peersupport.checkins.texts");

	private CheckInTexts() {
	}

	static String get(String key, String locale, Object... args) {
		return TEXTS.get(key, locale, args);
	}

	/** The text, or its plain-language version for a plain-language programme. */
	static String get(String key, boolean plain, String locale, Object... args) {
		return TEXTS.get(key, plain, locale, args);
	}

}
