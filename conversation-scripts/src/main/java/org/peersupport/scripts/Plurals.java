package org.peersupport.scripts;

import java.util.Locale;

/**
 * The plural category of a whole number in the bot's languages, as CLDR defines it
 * ({@code one}, {@code few}, {@code many}, {@code other}): Russian and Ukrainian "1
 * символ, 2 символа, 5 символов, 21 символ", Polish "1 znak, 2 znaki, 5 znaków, 22
 * znaki", English "1 character, 2 characters". The JDK has no public plural rules and
 * ICU4J is not worth its size for three rules.
 */
public final class Plurals {

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

}
