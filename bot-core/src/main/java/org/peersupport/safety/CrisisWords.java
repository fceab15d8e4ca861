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
		this(DEFAULTS, configured);
	}

	CrisisWords(Map<String, List<String>> defaults, Map<String, List<String>> configured) {
		Map<String, List<String>> lists = new HashMap<>(defaults);
		lists.putAll(configured);
		lists.values()
			.forEach((list) -> list.stream()
				.map(CrisisWords::patternWords)
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

	/**
	 * Whether consecutive words, read without the spaces between them, spell the phrase
	 * from a word's start: "kill my self" and "killmyself" match "kill myself", "over
	 * dose" matches "overdos*". A phrase ending in {@code *} may go on within its last
	 * word; otherwise it must end where a word ends.
	 */
	private static boolean containsPhrase(List<String> words, List<String> phrase) {
		String last = phrase.get(phrase.size() - 1);
		boolean prefix = last.endsWith("*");
		String spelled = String.join("", phrase);
		if (prefix) {
			spelled = spelled.substring(0, spelled.length() - 1);
		}
		for (int start = 0; start < words.size(); start++) {
			StringBuilder run = new StringBuilder();
			for (int end = start; end < words.size() && run.length() < spelled.length(); end++) {
				run.append(words.get(end));
				if (!startsAlike(run, spelled)) {
					break;
				}
			}
			if (run.length() == spelled.length() || (prefix && run.length() > spelled.length())) {
				if (run.toString().startsWith(spelled)) {
					return true;
				}
			}
		}
		return false;
	}

	/** Whether the shorter of the two is where the longer begins. */
	private static boolean startsAlike(CharSequence run, String spelled) {
		int length = Math.min(run.length(), spelled.length());
		for (int i = 0; i < length; i++) {
			if (run.charAt(i) != spelled.charAt(i)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The words of a text as they are compared: compatibility forms folded (NFKC: full
	 * width and styled letters read as plain ones), case folded, invisible format
	 * characters (zero-width space and joiners, soft hyphen) and leftover combining marks
	 * (stress marks) dropped, apostrophes dropped (вб'ю → вбю), ё read as е, split at
	 * anything but letters and digits (self-harm → self, harm).
	 */
	static List<String> words(String text) {
		return split(normalise(text), "[^\\p{L}\\p{N}]+");
	}

	/** A pattern's words, normalised as a text's, keeping a trailing {@code *}. */
	static List<String> patternWords(String pattern) {
		return split(normalise(pattern), "[^\\p{L}\\p{N}*]+");
	}

	private static String normalise(String text) {
		// Upper then lower case folds more than lower case alone (ß → ss, dotless ı → i).
		String folded = Normalizer.normalize(text, Normalizer.Form.NFKC)
			.toUpperCase(Locale.ROOT)
			.toLowerCase(Locale.ROOT);
		return Normalizer.normalize(folded, Normalizer.Form.NFKC)
			.replaceAll("[\\p{Cf}\\p{Mn}\\p{Me}]", "")
			.replace('ё', 'е')
			.replaceAll("['’ʼ`]", "");
	}

	private static List<String> split(String normalised, String separators) {
		return Arrays.stream(normalised.split(separators)).filter((word) -> !word.isEmpty()).toList();
	}

}
