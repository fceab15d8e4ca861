package org.peersupport.groups.moderation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every moderation text a participant reads privately has a plain-language version in
 * every language, which keeps the Easy-to-Read rules of the plain scripts: at most 15
 * words a sentence, one question a message.
 */
class ModerationTextsTests {

	/** Texts for the moderators' chat, the group itself and units. */
	private static final List<String> NOT_SAID_PRIVATELY = List.of("report.card", "report.noText", "report.button.",
			"report.did.", "report.decided", "report.yours", "report.already", "report.gone", "rules.group", "span.",
			"command.", "anon.group");

	private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…])\\s+|\\n+");

	private static final Pattern WORD = Pattern.compile(".*[\\p{L}\\p{N}].*");

	@Test
	void everyTextAParticipantReadsHasAPlainVersionWithShortSentencesAndOneQuestion() throws IOException {
		List<String> problems = new ArrayList<>();
		Properties base = load("");
		List<String> said = base.stringPropertyNames()
			.stream()
			.filter((key) -> !key.startsWith(ModerationTexts.PLAIN))
			.filter((key) -> NOT_SAID_PRIVATELY.stream().noneMatch(key::startsWith))
			.sorted()
			.toList();
		assertThat(said).contains("removed", "warnings", "muted", "report.thanks", "newcomer", "mydata.warning",
				"anon.posted", "anon.noGroup", "anon.refused");
		for (String language : List.of("", "_ru", "_uk", "_pl")) {
			Properties texts = load(language);
			for (String key : said) {
				String plain = texts.getProperty(ModerationTexts.PLAIN + key);
				if (plain == null) {
					problems.add(language + " " + key + ": no plain version");
					continue;
				}
				problems.addAll(problems(language + " " + key, plain.replaceAll("\\{\\d}", "3")));
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void aSpanReadsInHoursWhenWholeElseInMinutesAndNeverEndsASentenceTwice() throws IOException {
		ModerationTexts.Voice ru = new ModerationTexts.Voice("ru", false);
		assertThat(ModerationTexts.span(java.time.Duration.ofHours(24), ru)).isEqualTo("24 ч");
		assertThat(ModerationTexts.span(java.time.Duration.ofMinutes(90), ru)).isEqualTo("90 мин");
		for (String language : List.of("en", "ru", "uk", "pl")) {
			for (boolean plain : List.of(false, true)) {
				ModerationTexts.Voice voice = new ModerationTexts.Voice(language, plain);
				String span = ModerationTexts.span(java.time.Duration.ofHours(2), voice);
				assertThat(ModerationTexts.said("warnings", voice, 1, 3, span)).as(language).doesNotContain("..");
				for (String key : List.of("muted", "mutedByModerator", "newcomer")) {
					assertThat(ModerationTexts.said(key, voice, span)).as("%s %s", language, key).doesNotContain("..");
				}
			}
		}
	}

	private static List<String> problems(String where, String text) {
		List<String> problems = new ArrayList<>();
		for (String sentence : SENTENCE_END.split(text)) {
			long words = Arrays.stream(sentence.trim().split("\\s+")).filter((w) -> WORD.matcher(w).matches()).count();
			if (words > 15) {
				problems.add(where + ": " + words + " words in \"" + sentence.trim() + "\"");
			}
		}
		if (text.chars().filter((c) -> c == '?').count() > 1) {
			problems.add(where + ": more than one question");
		}
		return problems;
	}

	private static Properties load(String suffix) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = ModerationTextsTests.class
			.getResourceAsStream("/org/peersupport/groups/moderation/texts" + suffix + ".properties")) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
