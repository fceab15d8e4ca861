package org.peersupport.onboarding;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Onboarding's and the commands' words
 * ({@code org/peersupport/onboarding/texts*.properties}); English is the base.
 */
final class OnboardingTexts {

	static final String BUNDLE = "org.peersupport.onboarding.texts";

	private OnboardingTexts() {
	}

	static String get(String key, String locale, Object... args) {
		Locale resolved = Locale.forLanguageTag((locale != null) ? locale : "en");
		return new MessageFormat(bundle(resolved).getString(key), resolved).format(args);
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

	private static ResourceBundle bundle(Locale locale) {
		return ResourceBundle.getBundle(BUNDLE, locale,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

}
