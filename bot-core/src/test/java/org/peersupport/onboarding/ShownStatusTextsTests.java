package org.peersupport.onboarding;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.peersupport.participants.ParticipantStatus;
import org.peersupport.participants.VolunteerStatus;
import org.peersupport.scripts.TextBundle;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every value of an enum that {@code /mydata} shows a person has its words, and their
 * plain version, in all four languages: a new status without them would make
 * {@code /mydata} fail for everyone in it.
 */
class ShownStatusTextsTests {

	static Stream<Arguments> shownEnums() {
		return Stream.of(Arguments.of("org/peersupport/onboarding/texts", "mydata.status.", ParticipantStatus.values()),
				Arguments.of("org/peersupport/volunteers/texts", "mydata.volunteer.", VolunteerStatus.values()));
	}

	@ParameterizedTest
	@MethodSource("shownEnums")
	void everyValueHasATextInEveryLanguage(String bundle, String prefix, Enum<?>[] values) throws IOException {
		for (String suffix : List.of("", "_ru", "_uk", "_pl")) {
			Properties texts = load(bundle + suffix + ".properties");
			for (Enum<?> value : values) {
				assertThat(texts.getProperty(prefix + value.name())).as("%s%s in %s%s", prefix, value, bundle, suffix)
					.isNotBlank();
				assertThat(texts.getProperty(prefix + value.name() + TextBundle.PLAIN))
					.as("%s%s plain in %s%s", prefix, value, bundle, suffix)
					.isNotBlank();
			}
		}
		assertThat(Arrays.asList(values)).isNotEmpty();
	}

	private static Properties load(String resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = ShownStatusTextsTests.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
