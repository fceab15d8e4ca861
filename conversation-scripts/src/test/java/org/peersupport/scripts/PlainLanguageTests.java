package org.peersupport.scripts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Easy-to-Read rules the plain-language onboarding keeps, in every language: no
 * sentence over 15 words, and at most one question in a message.
 */
class PlainLanguageTests {

	private static final int MAX_WORDS = 15;

	/** A sentence ends at . ! ? (followed by a space) or at a line break. */
	private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…])\\s+|\\n+");

	/** A word has a letter or a digit (a dash or an emoji alone is none). */
	private static final Pattern WORD = Pattern.compile(".*[\\p{L}\\p{N}].*");

	@Test
	void noSentenceIsOverFifteenWordsAndNoMessageAsksMoreThanOneQuestion() {
		Script plain = DefaultScripts.all()
			.stream()
			.filter((script) -> script.id().equals("onboarding-plain"))
			.findFirst()
			.orElseThrow();
		List<String> problems = new ArrayList<>();
		for (Step step : plain.steps()) {
			step.prompt().forEach((locale, text) -> problems.addAll(problems(step.id() + " (" + locale + ")", text)));
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void theCheckFindsALongSentenceAndASecondQuestion() {
		assertThat(problems("test", "One two three four five six seven eight nine ten eleven twelve thirteen "
				+ "fourteen fifteen sixteen."))
			.hasSize(1);
		assertThat(problems("test", "Are you well? Do you need help?")).hasSize(1);
		assertThat(problems("test", "Are you well? Press a button.\nWrite /help — any time.")).isEmpty();
	}

	static List<String> problems(String where, String text) {
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
