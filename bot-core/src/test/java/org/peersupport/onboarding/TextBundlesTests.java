package org.peersupport.onboarding;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class TextBundlesTests {

	@ParameterizedTest
	@ValueSource(strings = { "org/peersupport/onboarding/texts", "org/peersupport/safety/texts",
			"org/peersupport/volunteers/texts", "org/peersupport/conversation/texts", "org/peersupport/requests/texts",
			"org/peersupport/silence/texts", "org/peersupport/groups/texts", "org/peersupport/checkins/texts",
			"org/peersupport/groups/moderation/texts" })
	void everyLanguageHasEveryKeyOfTheEnglishBase(String bundle) throws IOException {
		Properties base = load(bundle + ".properties");
		assertThat(base).isNotEmpty();
		for (String language : List.of("ru", "uk", "pl")) {
			Properties translated = load(bundle + "_" + language + ".properties");
			assertThat(translated.keySet()).as("%s in %s", bundle, language).isEqualTo(base.keySet());
			translated.values()
				.forEach((text) -> assertThat(text.toString()).as("%s in %s", bundle, language).doesNotContain("'"));
		}
	}

	private static Properties load(String resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = TextBundlesTests.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
