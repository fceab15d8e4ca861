package org.peersupport.scripts;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The built-in texts every script relies on (re-ask messages, button labels, notices,
 * command descriptions) in the bot's languages, from
 * {@code org/peersupport/scripts/messages*.properties}.
 */
public final class RuntimeTexts {

	/** The resource bundle's base name. */
	public static final String BUNDLE = "org.peersupport.scripts.messages";

	/** The bot's languages; English is also the fallback for any other. */
	public static final List<Locale> LOCALES = List.of(Locale.forLanguageTag("ru"), Locale.forLanguageTag("uk"),
			Locale.forLanguageTag("pl"), Locale.ENGLISH);

	private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
		.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	private static final RuntimeTexts BUNDLED = new RuntimeTexts();

	/**
	 * Prefix of a text's plain-language version (easy read), said in conversations of a
	 * script with {@code plainLanguage: true}; every text the runtime says has one.
	 */
	public static final String PLAIN = "plain.";

	private RuntimeTexts() {
	}

	public static RuntimeTexts bundled() {
		return BUNDLED;
	}

	/**
	 * The text for {@code key} in {@code locale} (English if the locale is not one of
	 * ours), formatted with {@link MessageFormat}.
	 * @throws MissingResourceException if no locale has the key
	 */
	public String text(String key, Locale locale, Object... args) {
		String pattern = Plurals.withWords(bundle(locale).getString(key), bundle(locale), locale, args);
		return new MessageFormat(pattern, locale).format(args);
	}

	/**
	 * The text for {@code key} as a conversation of a plain-language script says it (its
	 * {@code plain.} version) or as any other says it.
	 * @param plain whether the conversation's script is in plain language
	 * @throws MissingResourceException if no locale has the key
	 */
	public String text(String key, boolean plain, Locale locale, Object... args) {
		return text(plain ? PLAIN + key : key, locale, args);
	}

	/** The message asking again after {@code rejection}. */
	public String reask(ParsedAnswer.Rejected rejection, Locale locale) {
		return reask(rejection, locale, false);
	}

	/**
	 * The message asking again after {@code rejection}, in plain language when the
	 * conversation's script is.
	 */
	public String reask(ParsedAnswer.Rejected rejection, Locale locale, boolean plain) {
		return text("reask." + rejection.code(), plain, locale, rejection.args().toArray());
	}

	/**
	 * The bot language for a Telegram {@code language_code} ("uk", "pl-PL"), or empty for
	 * a language the bot does not speak.
	 */
	public java.util.Optional<Locale> supported(String languageCode) {
		if (languageCode == null || languageCode.isBlank()) {
			return java.util.Optional.empty();
		}
		String language = Locale.forLanguageTag(languageCode.replace('_', '-')).getLanguage();
		return LOCALES.stream().filter((locale) -> locale.getLanguage().equals(language)).findFirst();
	}

	/**
	 * Whether {@code typed} is one of the comma-separated words under {@code key} in any
	 * locale.
	 */
	boolean isWord(String key, String typed) {
		String word = ChoiceAnswers.normalize(typed);
		for (Locale locale : LOCALES) {
			Set<String> words = new HashSet<>(
					Arrays.stream(bundle(locale).getString(key).split(",")).map(ChoiceAnswers::normalize).toList());
			if (words.contains(word)) {
				return true;
			}
		}
		return false;
	}

	static ResourceBundle bundle(Locale locale) {
		return ResourceBundle.getBundle(BUNDLE, locale, RuntimeTexts.class.getClassLoader(), NO_FALLBACK);
	}

}
