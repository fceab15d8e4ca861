package org.peersupport.scripts;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;

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

	@Test
	void telegramLanguageCodesMapToTheBotsLanguages() {
		assertThat(this.texts.supported("uk")).contains(Locale.forLanguageTag("uk"));
		assertThat(this.texts.supported("pl-PL")).contains(Locale.forLanguageTag("pl"));
		assertThat(this.texts.supported("en-GB")).contains(Locale.ENGLISH);
		assertThat(this.texts.supported("de")).isEmpty();
		assertThat(this.texts.supported(null)).isEmpty();
	}

}
