package org.peersupport.onboarding;

import java.util.MissingResourceException;

import org.peersupport.scripts.TextBundle;

/**
 * Onboarding's and the commands' words
 * ({@code org/peersupport/onboarding/texts*.properties}); English is the base.
 */
final class OnboardingTexts {

	private static final TextBundle TEXTS = TextBundle.named("org.peersupport.onboarding.texts");

	private OnboardingTexts() {
	}

	static String get(String key, String locale, Object... args) {
		return TEXTS.get(key, locale, args);
	}

	/** The text, or its plain-language version for a plain-language programme. */
	static String get(String key, boolean plain, String locale, Object... args) {
		return TEXTS.get(key, plain, locale, args);
	}

	/** The text, or {@code fallback} if the bundle has no such key. */
	static String getOr(String key, String locale, String fallback) {
		try {
			return get(key, locale);
		}
		catch (MissingResourceException ex) {
			return fallback;
		}
	}

}
