package org.peersupport.safety;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A list of phrases found in a text whatever the word order and the ending of each word.
 * A phrase is written as parts separated by spaces, and each part must occur in one
 * sentence of the text, in any order, all within a window of {@value #SLACK} words more
 * than the phrase has parts: {@code бьет|бьют|избил* меня} matches "муж бьёт меня" and
 * "он меня бьёт каждый день". A part lists alternatives separated by {@code |}; an
 * alternative ending in {@code *} matches any word starting with it, others match whole
 * words. Words joined by {@code _} must stand together in that order ({@code не_хоч*
 * жить} matches "жить не хочется" but not "хочу жить, не сдамся"), and are also found
 * written together or split ("нехочу", "kill my self" for {@code kill_myself}).
 */
final class Phrases {

	/** How many words more than its parts a phrase may spread over. */
	static final int SLACK = 4;

	/** How many words of the text one alternative may be spread over ("kill my self"). */
	private static final int MAX_RUN = 4;

	private static final Pattern SENTENCE_END = Pattern.compile("[!?]+\\.*|(?<![.…])\\.(?![.…])");

	private static final Pattern WORD_GAP = Pattern.compile("[^\\p{L}\\p{N}]+");

	private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cf}\\p{Mn}\\p{Me}]");

	private static final Pattern APOSTROPHES = Pattern.compile("['’ʼ`＇]");

	private final List<Phrase> phrases;

	Phrases(List<String> patterns) {
		this.phrases = patterns.stream().map(Phrases::parse).filter((phrase) -> !phrase.parts.isEmpty()).toList();
	}

	/** The phrases, with their words written in order: spaces read as {@code _}. */
	static Phrases ordered(List<String> patterns) {
		return new Phrases(patterns.stream().map((pattern) -> pattern.trim().replaceAll("\\s+", "_")).toList());
	}

	/** Whether there are no phrases. */
	boolean isEmpty() {
		return this.phrases.isEmpty();
	}

	/** Whether the text, already split by {@link #sentences(String)}, holds a phrase. */
	boolean foundIn(List<List<String>> sentences) {
		for (List<String> words : sentences) {
			for (Phrase phrase : this.phrases) {
				if (phrase.foundIn(words)) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * The words of each sentence of a text as they are compared: compatibility forms
	 * folded (NFKC: full width and styled letters read as plain ones), case folded,
	 * invisible format characters (zero-width space and joiners, soft hyphen) and
	 * leftover combining marks (stress marks) dropped, apostrophes dropped (вб'ю → вбю),
	 * ё read as е, split at anything but letters and digits (self-harm → self, harm). A
	 * sentence ends at {@code .}, {@code !} or {@code ?}, not at an ellipsis.
	 */
	static List<List<String>> sentences(String text) {
		String normalised = normalise(text);
		List<List<String>> sentences = new ArrayList<>();
		for (String sentence : SENTENCE_END.split(normalised)) {
			List<String> words = Arrays.stream(WORD_GAP.split(sentence)).filter((word) -> !word.isEmpty()).toList();
			if (!words.isEmpty()) {
				sentences.add(words);
			}
		}
		return sentences;
	}

	private static Phrase parse(String pattern) {
		List<List<String>> parts = new ArrayList<>();
		for (String part : normalise(pattern).trim().split("\\s+")) {
			List<String> alternatives = new ArrayList<>();
			for (String alternative : part.split("\\|")) {
				String spelled = alternative.replaceAll("[^\\p{L}\\p{N}*]+", "");
				if (spelled.indexOf('*') >= 0 && spelled.indexOf('*') < spelled.length() - 1) {
					throw new IllegalArgumentException("Only the last word of a crisis phrase part may end in *");
				}
				if (!spelled.isEmpty() && !spelled.equals("*")) {
					alternatives.add(spelled);
				}
			}
			if (!alternatives.isEmpty()) {
				parts.add(List.copyOf(alternatives));
			}
		}
		return new Phrase(List.copyOf(parts));
	}

	private static String normalise(String text) {
		// Upper then lower case folds more than lower case alone (ß → ss, dotless ı → i).
		String folded = Normalizer.normalize(text, Normalizer.Form.NFKC)
			.toUpperCase(Locale.ROOT)
			.toLowerCase(Locale.ROOT);
		String visible = INVISIBLE.matcher(Normalizer.normalize(folded, Normalizer.Form.NFKC)).replaceAll("");
		return APOSTROPHES.matcher(visible.replace('ё', 'е')).replaceAll("");
	}

	/**
	 * One phrase: its parts, each a list of alternatives spelled without spaces, a
	 * trailing {@code *} marking a prefix.
	 */
	private record Phrase(List<List<String>> parts) {

		boolean foundIn(List<String> words) {
			List<List<int[]>> places = new ArrayList<>();
			for (List<String> alternatives : this.parts) {
				List<int[]> found = places(words, alternatives);
				if (found.isEmpty()) {
					return false;
				}
				places.add(found);
			}
			return choose(places, 0, new ArrayList<>(), this.parts.size() + SLACK);
		}

		/** Where in the words a part is found: first and last word of each place. */
		private static List<int[]> places(List<String> words, List<String> alternatives) {
			List<int[]> found = new ArrayList<>();
			for (int start = 0; start < words.size(); start++) {
				for (String alternative : alternatives) {
					int end = spelledFrom(words, start, alternative);
					if (end >= 0) {
						found.add(new int[] { start, end });
						break;
					}
				}
			}
			return found;
		}

		/**
		 * Whether consecutive words from {@code start}, read without the spaces between
		 * them, spell the alternative; the last word it takes, or -1. An alternative
		 * ending in {@code *} may go on within its last word; otherwise it must end where
		 * a word ends.
		 */
		private static int spelledFrom(List<String> words, int start, String alternative) {
			boolean prefix = alternative.endsWith("*");
			String spelled = prefix ? alternative.substring(0, alternative.length() - 1) : alternative;
			StringBuilder run = new StringBuilder();
			for (int end = start; end < words.size() && end < start + MAX_RUN; end++) {
				run.append(words.get(end));
				if (!startsAlike(run, spelled) || (!prefix && run.length() > spelled.length())) {
					return -1;
				}
				if (run.length() == spelled.length() || (prefix && run.length() > spelled.length())) {
					return end;
				}
			}
			return -1;
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
		 * Whether one place per part can be chosen, none overlapping, within the window.
		 */
		private static boolean choose(List<List<int[]>> places, int part, List<int[]> chosen, int window) {
			if (part == places.size()) {
				return true;
			}
			for (int[] place : places.get(part)) {
				if (fits(place, chosen, window)) {
					chosen.add(place);
					boolean found = choose(places, part + 1, chosen, window);
					chosen.remove(chosen.size() - 1);
					if (found) {
						return true;
					}
				}
			}
			return false;
		}

		/** Whether a place overlaps none chosen and keeps them all within the window. */
		private static boolean fits(int[] place, List<int[]> chosen, int window) {
			int first = place[0];
			int last = place[1];
			for (int[] other : chosen) {
				if (place[0] <= other[1] && other[0] <= place[1]) {
					return false;
				}
				first = Math.min(first, other[0]);
				last = Math.max(last, other[1]);
			}
			return last - first + 1 <= window;
		}

	}

}
