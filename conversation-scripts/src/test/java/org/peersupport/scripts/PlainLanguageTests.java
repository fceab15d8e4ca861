package org.peersupport.scripts;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Easy-to-Read rules every shipped plain-language script keeps, in every language: no
 * sentence over 15 words, and at most one question in a message.
 */
class PlainLanguageTests {

	static List<String> plainScripts() {
		return DefaultScripts.all().stream().filter(Script::plainLanguage).map(Script::id).toList();
	}

	@Test
	void everyCategorysIntakeHasAPlainScript() {
		assertThat(plainScripts()).contains("onboarding-plain", "check-in-plain", "help-request-plain",
				"request-psychologist-plain", "request-job-plain", "request-medicine-plain", "request-legal-plain",
				"request-housing-plain", "request-talk-plain");
	}

	@ParameterizedTest
	@MethodSource("plainScripts")
	void noSentenceIsOverFifteenWordsAndNoMessageAsksMoreThanOneQuestion(String id) {
		Script plain = DefaultScripts.all()
			.stream()
			.filter((script) -> script.id().equals(id))
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
		return EasyRead.problems(where, text);
	}

}
