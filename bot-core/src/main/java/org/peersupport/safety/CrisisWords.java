package org.peersupport.safety;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds crisis phrases (suicide, self-harm, overdose, violence) in a message. Every
 * locale's list is checked whatever the person's language, because people switch
 * languages when they are upset.
 */
public class CrisisWords {

	/** The built-in phrases per locale; {@code *} marks a word prefix. */
	public static final Map<String, List<String>> DEFAULTS = Map.of("en",
			List.of("suicid*", "kill myself", "killing myself", "end my life", "end it all", "want to die", "wanna die",
					"better off dead", "self harm*", "selfharm*", "cut myself", "cutting myself", "hurt myself",
					"hurting myself", "overdos*", "hang myself", "he hits me", "she hits me", "beats me", "kill him",
					"kill her", "threatens to kill", "raped"),
			"ru",
			List.of("суицид*", "самоубий*", "покончить с собой", "покончу с собой", "убить себя", "убью себя",
					"не хочу жить", "не хочется жить", "жить не хочу", "повеситься", "повешусь", "режу себя",
					"порезать себя", "порезала себя", "порезал себя", "навредить себе", "причинить себе вред",
					"передоз*", "передозир*", "избивает", "бьет меня", "бьют меня", "убью его", "убью ее",
					"угрожает убить", "изнасил*"),
			"uk",
			List.of("суїцид*", "самогубств*", "покінчити з собою", "покінчу з собою", "вбити себе", "вбю себе",
					"не хочу жити", "не хочеться жити", "жити не хочу", "повіситися", "повішуся", "ріжу себе",
					"порізати себе", "порізала себе", "порізав себе", "нашкодити собі", "завдати собі шкоди",
					"передоз*", "передозуван*", "бє мене", "бють мене", "вбю його", "вбю її", "погрожує вбити",
					"зґвалту*"),
			"pl",
			List.of("samobój*", "samobojst*", "zabić się", "zabije się", "zabiję się", "odebrać sobie życie",
					"nie chcę żyć", "nie chce żyć", "nie chce mi się żyć", "powiesić się", "powieszę się", "tnę się",
					"pociąć się", "okalecz*", "samookalecz*", "skrzywdzić siebie", "zrobić sobie krzywdę",
					"przedawkow*", "bije mnie", "biją mnie", "zabiję go", "zabiję ją", "grozi że mnie zabije",
					"zgwałc*"));

	private final List<List<String>> phrases = new ArrayList<>();

	public CrisisWords(Map<String, List<String>> configured) {
		Map<String, List<String>> lists = new HashMap<>(DEFAULTS);
		lists.putAll(configured);
		lists.values()
			.forEach((list) -> list.stream()
				.map(CrisisWords::words)
				.filter((words) -> !words.isEmpty())
				.forEach(this.phrases::add));
	}

	/** Whether the text contains a crisis phrase. */
	public boolean matches(String text) {
		if (text == null || text.isBlank()) {
			return false;
		}
		List<String> words = words(text);
		for (List<String> phrase : this.phrases) {
			if (containsPhrase(words, phrase)) {
				return true;
			}
		}
		return false;
	}

	private static boolean containsPhrase(List<String> words, List<String> phrase) {
		for (int start = 0; start + phrase.size() <= words.size(); start++) {
			boolean all = true;
			for (int i = 0; i < phrase.size() && all; i++) {
				all = wordMatches(words.get(start + i), phrase.get(i));
			}
			if (all) {
				return true;
			}
		}
		return false;
	}

	private static boolean wordMatches(String word, String pattern) {
		if (pattern.endsWith("*")) {
			return word.startsWith(pattern.substring(0, pattern.length() - 1));
		}
		return word.equals(pattern);
	}

	/**
	 * Lower case words, with apostrophes dropped (вб'ю → вбю), ё read as е, split at
	 * anything but letters and digits (self-harm → self, harm); a trailing {@code *} is
	 * kept for patterns.
	 */
	static List<String> words(String text) {
		String normalized = Normalizer.normalize(text, Normalizer.Form.NFC)
			.toLowerCase(Locale.ROOT)
			.replace('ё', 'е')
			.replaceAll("['’ʼ`]", "");
		return Arrays.stream(normalized.split("[^\\p{L}\\p{N}*]+")).filter((word) -> !word.isEmpty()).toList();
	}

}
