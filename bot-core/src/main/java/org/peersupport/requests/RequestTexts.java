package org.peersupport.requests;

import java.util.MissingResourceException;

import org.peersupport.scripts.TextBundle;

/**
 * The request feature's words ({@code org/peersupport/requests/texts*.properties});
 * English is the base.
 */
final class RequestTexts {

	private static final TextBundle TEXTS = TextBundle.named("org.peersupport.requests.texts");

	private RequestTexts() {
	}

	static String get(String key, String locale, Object... args) {
		return TEXTS.get(key, locale, args);
	}

	/** The text, or its plain-language version for a plain-language programme. */
	static String get(String key, boolean plain, String locale, Object... args) {
		return TEXTS.get(key, plain, locale, args);
	}

	/**
	 * A shipped category's label; the key itself for a category the texts do not name.
	 */
	static String categoryLabel(String key, String locale) {
		try {
			return TEXTS.get("category." + key, locale);
		}
		catch (MissingResourceException ex) {
			return key;
		}
	}

}
