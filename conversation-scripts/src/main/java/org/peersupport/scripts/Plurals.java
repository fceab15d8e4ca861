package org.peersupport.scripts;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plural category of a whole number in the bot's languages, as CLDR defines it
 * ({@code one}, {@code few}, {@code many}, {@code other}): Russian and Ukrainian "1
 * символ, 2 символа, 5 символов, 21 символ", Polish "1 znak, 2 znaki, 5 znaków, 22
 * znaki", English "1 character, 2 characters". The JDK has no public plural rules and
 * ICU4J is not worth its size for three rules.
 */
public final class Plurals {

	/** A plural word in a text: {@code {0,plural,characters}}. */
	private static final Pattern PLURAL_WORD = Pattern.compile("\\{(\\d+),plural,([a-z-]+)}");

	private Plurals() {
	}

	/** The category of {@code n} in {@code locale}'s language (English for others). */
	public static String category(Locale locale, long n) {
		long abs = Math.abs(n);
		long lastDigit = abs % 10;
		long lastTwo = abs % 100;
		boolean fewEnding = lastDigit >= 2 && lastDigit <= 4 && (lastTwo < 12 || lastTwo > 14);
		return switch (locale.getLanguage()) {
			case "ru", "uk" -> (lastDigit == 1 && lastTwo != 11) ? "one" : fewEnding ? "few" : "many";
			case "pl" -> (abs == 1) ? "one" : fewEnding ? "few" : "many";
			default -> (abs == 1) ? "one" : "other";
		};
	}

	/**
	 * Replaces each {@code {n,plural,word}} in a text with the form of the bundle's
	 * {@code plural.word.<category>} that agrees with argument {@code n}; a text is "хотя
	 * бы {0} {0,plural,characters}".
	 */
	static String withWords(String pattern, ResourceBundle bundle, Locale locale, Object[] args) {
		Matcher matcher = PLURAL_WORD.matcher(pattern);
		StringBuilder result = new StringBuilder();
		while (matcher.find()) {
			int index = Integer.parseInt(matcher.group(1));
			String category = (index < args.length) ? categoryOf(args[index], locale) : "other";
			String word = bundle.getString("plural." + matcher.group(2) + "." + category);
			matcher.appendReplacement(result, Matcher.quoteReplacement(word));
		}
		matcher.appendTail(result);
		return result.toString();
	}

	private static String categoryOf(Object arg, Locale locale) {
		try {
			return category(locale, Long.parseLong(String.valueOf(arg).trim()));
		}
		catch (NumberFormatException ex) {
			return "other";
		}
	}

}
