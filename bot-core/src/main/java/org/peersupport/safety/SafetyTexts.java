package org.peersupport.safety;

import org.peersupport.scripts.TextBundle;

/**
 * The safety feature's words ({@code org/peersupport/safety/texts*.properties}); English
 * is the base.
 */
final class SafetyTexts {

	private static final TextBundle TEXTS = TextBundle.named("org.peersupport.safety.texts");

	private SafetyTexts() {
	}

	static String get(String key, String locale, Object... args) {
		return TEXTS.get(key, locale, args);
	}

	/** The key of a text's plain-language variant ({@code key.plain}) when asked for. */
	static String plain(String key, boolean plain) {
		return TextBundle.plainKey(key, plain);
	}

	/** The text, or its plain-language version for a plain-language programme. */
	static String get(String key, boolean plain, String locale, Object... args) {
		return TEXTS.get(key, plain, locale, args);
	}

}
