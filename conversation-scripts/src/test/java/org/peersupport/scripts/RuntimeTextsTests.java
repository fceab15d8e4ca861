package org.peersupport.scripts;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class RuntimeTextsTests {

	private final RuntimeTexts texts = RuntimeTexts.bundled();

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = RuntimeTextsTests.class.getResourceAsStream(name)) {
			assertThat(in).as(name).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	@Test
	void everyLanguageHasExactlyTheKeysOfTheBaseBundle() throws IOException {
		Properties base = load("messages.properties");
		for (String language : new String[] { "ru", "uk", "pl" }) {
			Properties translated = load("messages_" + language + ".properties");
			assertThat(translated.stringPropertyNames()).as(language)
				.containsExactlyInAnyOrderElementsOf(base.stringPropertyNames());
			translated.forEach((key, value) -> assertThat(value.toString()).as(language + " " + key).isNotBlank());
		}
	}

	@Test
	void noTextUsesAnAsciiApostropheThatMessageFormatWouldSwallow() throws IOException {
		for (String name : new String[] { "messages.properties", "messages_ru.properties", "messages_uk.properties",
				"messages_pl.properties" }) {
			load(name).forEach((key, value) -> assertThat(value.toString()).as(name + " " + key).doesNotContain("'"));
		}
	}

	@Test
	void everyRejectionCodeHasAReaskMessageInEveryLanguage() {
		for (Locale locale : RuntimeTexts.LOCALES) {
			for (String code : ParsedAnswer.Codes.ALL) {
				String text = this.texts.reask(new ParsedAnswer.Rejected(code, java.util.List.of("1", "10")), locale);
				assertThat(text).as(locale + " " + code).isNotBlank().doesNotContain("{0}");
			}
		}
	}

	@Test
	void textsAreInTheRequestedLanguageWithEnglishAsFallback() {
		assertThat(this.texts.text("button.yes", Locale.forLanguageTag("uk"))).isEqualTo("Так");
		assertThat(this.texts.text("button.yes", Locale.forLanguageTag("ru"))).isEqualTo("Да");
		assertThat(this.texts.text("button.yes", Locale.GERMAN)).isEqualTo("Yes");
		assertThat(this.texts.reask(new ParsedAnswer.Rejected("out-of-range", java.util.List.of("1", "10")),
				Locale.forLanguageTag("pl")))
			.isEqualTo("Wyślij, proszę, liczbę od 1 do 10.");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			ru | 1  | хотя бы 1 символ.
			ru | 2  | хотя бы 2 символа.
			ru | 5  | хотя бы 5 символов.
			ru | 21 | хотя бы 21 символ.
			ru | 22 | хотя бы 22 символа.
			ru | 11 | хотя бы 11 символов.
			uk | 1  | хоча б 1 символ.
			uk | 2  | хоча б 2 символи.
			uk | 5  | хоча б 5 символів.
			uk | 21 | хоча б 21 символ.
			uk | 22 | хоча б 22 символи.
			uk | 12 | хоча б 12 символів.
			pl | 1  | co najmniej 1 znak.
			pl | 2  | co najmniej 2 znaki.
			pl | 5  | co najmniej 5 znaków.
			pl | 21 | co najmniej 21 znaków.
			pl | 22 | co najmniej 22 znaki.
			pl | 13 | co najmniej 13 znaków.
			en | 1  | At least 1 character, please.
			en | 2  | At least 2 characters, please.
			""")
	void aReaskAgreesWithItsNumber(String language, String count, String ending) {
		assertThat(this.texts.reask(new ParsedAnswer.Rejected("too-short", java.util.List.of(count)),
				Locale.forLanguageTag(language)))
			.endsWith(ending);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			ru | 32 | уложитесь в 32 символа.
			ru | 25 | уложитесь в 25 символов.
			uk | 32 | вкладіться в 32 символи.
			uk | 31 | вкладіться в 31 символ.
			pl | 32 | najwyżej 32 znaki.
			pl | 25 | najwyżej 25 znaków.
			""")
	void theLimitAgreesWithItsNumber(String language, String count, String ending) {
		assertThat(this.texts.reask(new ParsedAnswer.Rejected("too-long", java.util.List.of(count)),
				Locale.forLanguageTag(language)))
			.endsWith(ending);
	}

	@Test
	void telegramLanguageCodesMapToTheBotsLanguages() {
		assertThat(this.texts.supported("uk")).contains(Locale.forLanguageTag("uk"));
		assertThat(this.texts.supported("pl-PL")).contains(Locale.forLanguageTag("pl"));
		assertThat(this.texts.supported("en-GB")).contains(Locale.ENGLISH);
		assertThat(this.texts.supported("de")).isEmpty();
		assertThat(this.texts.supported(null)).isEmpty();
	}

}
