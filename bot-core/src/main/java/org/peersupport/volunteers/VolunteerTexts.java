package org.peersupport.volunteers;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The volunteer feature's words ({@code org/peersupport/volunteers/texts*.properties});
 * English is the base.
 */
final class VolunteerTexts {

	private static final String BUNDLE = "org.peersupport.volunteers.texts";

	private VolunteerTexts() {
	}

	static String get(String key, String locale, Object... args) {
		Locale resolved = Locale.forLanguageTag((locale != null) ? locale : "en");
		ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, resolved,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		return new MessageFormat(bundle.getString(key), resolved).format(args);
	}

}
