package org.peersupport.scripts;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the runtime adds to a plain-language conversation (re-asks, the hand-over, the
 * idle notice, an expired button, an apology) has a plain version in every language, and
 * the plain versions keep the Easy-to-Read rules the plain scripts keep.
 */
class PlainRuntimeTextsTests {

	private final RuntimeTexts texts = RuntimeTexts.bundled();

	@Test
	void everyTextThePersonReadsHasAPlainVersion() throws IOException {
		List<String> missing = new ArrayList<>();
		Properties base = load();
		for (String key : said(base)) {
			if (!base.containsKey(RuntimeTexts.PLAIN + key)) {
				missing.add(key);
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void plainVersionsHaveShortSentencesAndOneQuestionInEveryLanguage() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Locale locale : RuntimeTexts.LOCALES) {
			for (String key : said(load())) {
				// with the numbers a re-ask really carries
				String text = this.texts.text(key, true, locale, "2", "10");
				problems.addAll(PlainLanguageTests.problems(locale + " " + key, text));
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void aPlainReaskDiffersFromTheUsualOneAndAgreesWithItsNumber() {
		ParsedAnswer.Rejected tooShort = new ParsedAnswer.Rejected(ParsedAnswer.Codes.TOO_SHORT, List.of("5"));
		Locale ru = Locale.forLanguageTag("ru");
		assertThat(this.texts.reask(tooShort, ru, true)).isNotEqualTo(this.texts.reask(tooShort, ru))
			.isEqualTo("Напишите чуть больше. Хотя бы 5 символов.");
		assertThat(this.texts.reask(tooShort, Locale.forLanguageTag("pl"), true))
			.isEqualTo("Napisz trochę więcej. Co najmniej 5 znaków.");
	}

	/** The keys of texts a person reads: not plural forms, typed words or buttons. */
	private static List<String> said(Properties base) {
		return base.stringPropertyNames()
			.stream()
			.filter((key) -> !key.startsWith(RuntimeTexts.PLAIN) && !key.startsWith("plural.")
					&& !key.startsWith("button.") && !key.endsWith(".words"))
			.sorted()
			.toList();
	}

	private static Properties load() throws IOException {
		Properties properties = new Properties();
		try (InputStream in = PlainRuntimeTextsTests.class.getResourceAsStream("messages.properties")) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
