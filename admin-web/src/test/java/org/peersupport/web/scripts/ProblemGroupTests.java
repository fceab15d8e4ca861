package org.peersupport.web.scripts;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.peersupport.scripts.ScriptProblem;
import org.peersupport.scripts.SourcePosition;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemGroupTests {

	private static final ScriptProblem TYPO = new ScriptProblem("unknown-step", "goes to 'ask-nmae'", 8, 5);

	@Test
	void followOnsAreGroupedUnderTheProblemAtTheirCauseAndTheRealOnesKeepTheirOrder() {
		ScriptProblem behind = unreachable(9, new SourcePosition(8, 5));
		ScriptProblem further = unreachable(15, new SourcePosition(8, 5));
		ScriptProblem other = new ScriptProblem("missing-translation", "no ru", 12, 7);

		List<ProblemGroup> groups = ProblemGroup.of(List.of(TYPO, behind, other, further));

		assertThat(groups).extracting(ProblemGroup::problem).containsExactly(TYPO, other);
		assertThat(groups.get(0).followOns()).containsExactly(behind, further);
		assertThat(groups.get(1).followOns()).isEmpty();
	}

	@Test
	void aFollowOnWhoseCauseIsNotListedStandsOnItsOwn() {
		ScriptProblem lost = unreachable(20, new SourcePosition(3, 1));

		assertThat(ProblemGroup.of(List.of(TYPO, lost))).extracting(ProblemGroup::problem).containsExactly(TYPO, lost);
	}

	@Test
	void everyProblemCodeHasASentenceInEachLanguageThatNamesExactlyItsArguments() throws IOException {
		Map<String, List<String>> codes = new HashMap<>(ScriptProblem.Codes.ARGUMENTS);
		codes.put("version-published", List.of("version", "script"));
		for (String bundle : List.of("messages.properties", "messages_ru.properties", "messages_pl.properties")) {
			Properties messages = load(bundle);
			codes.forEach((code, names) -> {
				String sentence = messages.getProperty(ProblemGroup.SENTENCE_PREFIX + code);
				assertThat(sentence).as(bundle + " " + code).isNotBlank();
				Set<Integer> expected = new TreeSet<>();
				for (int i = 0; i <= names.size(); i++) {
					expected.add(i);
				}
				assertThat(placeholders(sentence)).as(bundle + " " + code).isEqualTo(expected);
			});
			for (String rule : ScriptProblem.SCHEMA_RULES) {
				String sentence = messages.getProperty(ProblemGroup.SENTENCE_PREFIX + "schema." + rule);
				assertThat(sentence).as(bundle + " schema " + rule).isNotBlank();
				assertThat(placeholders(sentence)).as(bundle + " schema " + rule).containsExactly(0, 2);
			}
		}
	}

	@Test
	void aProblemWithoutTheValuesItsSentenceNamesHasNoSentence() {
		ScriptProblem named = new ScriptProblem("unknown-step", "msg", 8, 5, null, List.of("a", "b"));
		ProblemGroup group = new ProblemGroup(named, List.of());

		assertThat(group.sentenceKey(named)).isEqualTo("scripts.problem.unknown-step");
		assertThat(group.sentenceArguments(named)).containsExactly("8", "a", "b");
		assertThat(group.sentenceKey(TYPO)).as("no arguments").isNull();
		assertThat(group.sentenceKey(new ScriptProblem("yaml-tab", "msg", 3, 1))).isEqualTo("scripts.problem.yaml-tab");
		assertThat(group.sentenceKey(new ScriptProblem("something-new", "msg", 3, 1))).isNull();
		assertThat(group.sentenceKey(new ScriptProblem("schema", "msg", 3, 1))).isEqualTo("scripts.problem.schema");
		assertThat(group.sentenceKey(new ScriptProblem("schema", "msg", 3, 1, null, List.of("unknown-key", "nxet"))))
			.isEqualTo("scripts.problem.schema.unknown-key");
	}

	private static Properties load(String bundle) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = ProblemGroupTests.class.getClassLoader().getResourceAsStream(bundle)) {
			assertThat(in).as(bundle).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	private static Set<Integer> placeholders(String sentence) {
		Set<Integer> found = new TreeSet<>();
		Matcher matcher = Pattern.compile("(?<!')\\{(\\d+)}").matcher(sentence);
		while (matcher.find()) {
			found.add(Integer.parseInt(matcher.group(1)));
		}
		return found;
	}

	private static ScriptProblem unreachable(int line, SourcePosition cause) {
		return new ScriptProblem("unreachable-step", "No transition leads to step", line, 5, cause);
	}

}
