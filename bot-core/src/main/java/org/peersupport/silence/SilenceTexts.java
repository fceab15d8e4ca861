package org.peersupport.silence;

import org.peersupport.scripts.TextBundle;

/**
 * The words about erasure after silence
 * ({@code org/peersupport/silence/texts*.properties}); English is the base.
 */
final class SilenceTexts {

	private static final TextBundle TEXTS = TextBundle.named("org.peersupport.silence.texts");

	private SilenceTexts() {
	}

	static String get(String key, String locale, Object... args) {
		return TEXTS.get(key, locale, args);
	}

	/** The text, or its plain-language version for a plain-language programme. */
	static String get(String key, boolean plain, String locale, Object... args) {
		return TEXTS.get(key, plain, locale, args);
	}

}
