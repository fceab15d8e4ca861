package org.peersupport.safety;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The safety feature's words ({@code org/peersupport/safety/texts*.properties}); English
 * is the base.
 */
final class SafetyTexts {

	private static final String BUNDLE = "org.peersupport.safety.texts";

	private SafetyTexts() {
	}

	static String get(String key, String locale, Object... args) {
		ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(locale),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		return new MessageFormat(bundle.getString(key), Locale.forLanguageTag(locale)).format(args);
	}

}
