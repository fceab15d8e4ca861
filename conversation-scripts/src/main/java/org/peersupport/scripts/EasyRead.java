package org.peersupport.scripts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The Easy-to-Read rules every plain-language text keeps, in every language: no sentence
 * over 15 words, and at most one question in a message.
 */
public final class EasyRead {

	/** The most words a sentence may have. */
	public static final int MAX_WORDS = 15;

	/** A sentence ends at . ! ? (followed by a space) or at a line break. */
	private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…])\\s+|\\n+");

	/** A word has a letter or a digit (a dash or an emoji alone is none). */
	private static final Pattern WORD = Pattern.compile(".*[\\p{L}\\p{N}].*");

	private EasyRead() {
	}

	/**
	 * What in {@code text} breaks the rules, each problem named after {@code where};
	 * empty when it keeps them.
	 */
	public static List<String> problems(String where, String text) {
		List<String> problems = new ArrayList<>();
		for (String sentence : SENTENCE_END.split(text)) {
			long words = Arrays.stream(sentence.trim().split("\\s+")).filter((w) -> WORD.matcher(w).matches()).count();
			if (words > MAX_WORDS) {
				problems.add(where + ": " + words + " words in \"" + sentence.trim() + "\"");
			}
		}
		long questions = text.chars().filter((c) -> c == '?').count();
		if (questions > 1) {
			problems.add(where + ": " + questions + " questions in one message");
		}
		return problems;
	}

}
