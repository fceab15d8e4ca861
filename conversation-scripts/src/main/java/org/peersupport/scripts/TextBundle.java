package org.peersupport.scripts;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A properties bundle of the bot's words ({@code <base>.properties} is English, beside it
 * {@code <base>_ru.properties} …): a language without a file of its own gets English,
 * never the JVM's default locale.
 */
public final class TextBundle {

	private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
		.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	private final String baseName;

	private TextBundle(String baseName) {
		this.baseName = baseName;
	}

	/** The bundle with this base name, e.g. {@code org.peersupport.safety.texts}. */
	public static TextBundle named(String baseName) {
		return new TextBundle(baseName);
	}

	/**
	 * The text for {@code key} in {@code locale} (a language tag such as {@code uk}; null
	 * means English), formatted with {@link MessageFormat}.
	 * @throws java.util.MissingResourceException if the bundle has no such key
	 */
	public String get(String key, String locale, Object... args) {
		Locale resolved = Locale.forLanguageTag((locale != null) ? locale : "en");
		String pattern = ResourceBundle.getBundle(this.baseName, resolved, NO_FALLBACK).getString(key);
		return new MessageFormat(pattern, resolved).format(args);
	}

}
