package org.peersupport.scripts;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A properties bundle of the bot's words ({@code <base>.properties} is English, beside it
 * {@code <base>_ru.properties} …): a language without a file of its own gets English,
 * never the JVM's default locale. A text a person reads has a plain-language version
 * (easy read) under {@code <key>.plain}, said to people of a programme with
 * {@code plainLanguage}. A word that agrees with a number is written
 * {@code {1,plural,days}}: the bundle's {@code plural.days.one|few|many|other} in the
 * form that agrees with argument 1 ({@link Plurals}: "1 день, 2 дня, 5 дней, 21 день").
 */
public final class TextBundle {

	private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
		.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	/** Suffix of a text's plain-language version. */
	public static final String PLAIN = ".plain";

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
		ResourceBundle bundle = ResourceBundle.getBundle(this.baseName, resolved, NO_FALLBACK);
		String pattern = Plurals.withWords(bundle.getString(key), bundle, resolved, args);
		return new MessageFormat(pattern, resolved).format(args);
	}

	/**
	 * The text for {@code key}, or its plain-language version ({@code <key>.plain}) for a
	 * person of a plain-language programme.
	 * @param plain whether the person's programme is in plain language
	 * @throws java.util.MissingResourceException if the bundle has no such key
	 */
	public String get(String key, boolean plain, String locale, Object... args) {
		return get(plainKey(key, plain), locale, args);
	}

	/** The key of a text's plain-language version when {@code plain}, else the key. */
	public static String plainKey(String key, boolean plain) {
		return plain ? key + PLAIN : key;
	}

}
