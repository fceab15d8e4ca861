package org.peersupport.scripts;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ScriptLoaderTests {

	static final String VALID = """
			id: demo
			version: 3
			defaultLocale: en
			locales: [en, ru]
			steps:
			  - id: ask
			    prompt:
			      en: Are you ok, {{name}}?
			      ru: Всё хорошо, {{name}}?
			    input:
			      type: yesno
			    store: ok
			    branches:
			      - when: {answer: no}
			        goto: help
			    next: done
			  - id: help
			    prompt: {en: We are here., ru: Мы рядом.}
			    actions: [alertModerators]
			    next: done
			  - id: done
			    prompt: {en: Bye, ru: Пока}
			""";

	private final ScriptLoader loader = new ScriptLoader();

	@Test
	void validScriptLoadsWithItsStepsAndPositions() {
		LoadResult result = this.loader.load(VALID, "demo.yaml");

		assertThat(result.problems()).isEmpty();
		Script script = result.scriptOrThrow();
		assertThat(script.id()).isEqualTo("demo");
		assertThat(script.version()).isEqualTo(3);
		assertThat(script.source()).isEqualTo(VALID);
		assertThat(script.steps()).extracting(Step::id).containsExactly("ask", "help", "done");
		Step ask = script.firstStep();
		assertThat(ask.position()).isEqualTo(new SourcePosition(6, 5));
		assertThat(ask.input()).isInstanceOf(Input.YesNo.class);
		assertThat(ask.input().position()).isEqualTo(new SourcePosition(10, 5));
		assertThat(ask.branches().get(0).when()).isEqualTo(new Branch.AnswerEquals("no"));
		assertThat(script.step("help").orElseThrow().actions()).extracting(ActionCall::name)
			.containsExactly("alertModerators");
	}

	@Test
	void nextStepFollowsTheFirstMatchingBranchThenNextThenEnds() {
		Script script = this.loader.load(VALID, "demo.yaml").scriptOrThrow();
		Step ask = script.firstStep();

		assertThat(script.nextStep(ask, Map.of(), false)).map(Step::id).contains("help");
		assertThat(script.nextStep(ask, Map.of(), true)).map(Step::id).contains("done");
		assertThat(script.nextStep(script.step("done").orElseThrow(), Map.of(), null)).isEmpty();
	}

	@Test
	void malformedYamlIsReportedWithItsPositionNotThrown() {
		LoadResult result = this.loader.load("id: demo\nsteps: [a, b\nversion: 1\n", "broken.yaml");

		assertThat(result.isValid()).isFalse();
		assertThat(result.problems()).hasSize(1);
		ScriptProblem problem = result.problems().get(0);
		assertThat(problem.code()).isEqualTo("yaml-unclosed-bracket");
		assertThat(problem.line()).as("where the bracket opens").isEqualTo(2);
		assertThat(problem.message()).startsWith("Malformed YAML");
	}

	@Test
	void parserErrorsAreNamedByTheMistakeOnTheLineWhereItIs() {
		String head = "id: demo\nsteps:\n  - id: a\n";

		assertThat(yamlProblem(head + "    prompt: hi\n   next: b\n")).isEqualTo(tuple("yaml-indentation", 5));
		assertThat(yamlProblem(head + "    prompt:\n      en: hi\n     ru: b\n"))
			.isEqualTo(tuple("yaml-indentation", 6));
		assertThat(yamlProblem(head + "    prompt: Hi: there\n")).isEqualTo(tuple("yaml-colon", 4));
		assertThat(yamlProblem(head + "    prompt \"hi\"\n    next: b\n")).isEqualTo(tuple("yaml-missing-colon", 4));
		assertThat(yamlProblem(head + "    prompt: \"hi\n    next: b\n")).isEqualTo(tuple("yaml-unclosed-quote", 4));
		assertThat(yamlProblem(head + "    prompt: {en: hi\n    next: b\n"))
			.isEqualTo(tuple("yaml-unclosed-bracket", 4));
		assertThat(yamlProblem(head + "\tprompt: hi\n")).isEqualTo(tuple("yaml-tab", 4));
		assertThat(yamlProblem(head + "    prompt: @hi\n")).isEqualTo(tuple("yaml-reserved-character", 4));
		assertThat(yamlProblem(head + "    prompt: 'it's\n")).isEqualTo(tuple("yaml-stray-text", 4));
	}

	private org.assertj.core.groups.Tuple yamlProblem(String yaml) {
		List<ScriptProblem> problems = this.loader.load(yaml, "broken.yaml").problems();
		assertThat(problems).hasSize(1);
		return tuple(problems.get(0).code(), problems.get(0).line());
	}

	@Test
	void emptyAndNullDocumentsAreProblemsNotExceptions() {
		assertThat(this.loader.load("", "empty.yaml").problems()).extracting(ScriptProblem::code)
			.containsExactly("schema");
		assertThat(this.loader.load(null, "null.yaml").problems()).extracting(ScriptProblem::code)
			.containsExactly("schema");
		assertThat(this.loader.load("just text", "text.yaml").problems()).extracting(ScriptProblem::code)
			.containsExactly("schema");
	}

	@Test
	void schemaViolationsAreReportedAtTheOffendingKey() {
		String yaml = VALID.replace("    next: done\n  - id: help", "    nxet: done\n  - id: help")
			.replace("type: yesno", "type: slider");

		List<ScriptProblem> problems = this.loader.load(yaml, "demo.yaml").problems();

		assertThat(problems).extracting(ScriptProblem::code).containsOnly("schema");
		assertThat(problems).extracting(ScriptProblem::line, ScriptProblem::column)
			.contains(tuple(11, 7), tuple(16, 5));
		assertThat(problems).anySatisfy((problem) -> assertThat(problem.message()).contains("nxet"));
	}

	@Test
	void missingRequiredKeyIsReportedAtItsParent() {
		String yaml = VALID.replace("version: 3\n", "");

		List<ScriptProblem> problems = this.loader.load(yaml, "demo.yaml").problems();

		assertThat(problems).singleElement().satisfies((problem) -> {
			assertThat(problem.code()).isEqualTo("schema");
			assertThat(problem.message()).contains("version");
			assertThat(problem.line()).isEqualTo(1);
		});
	}

	@Test
	void duplicateKeysAreReported() {
		String yaml = VALID.replace("version: 3\n", "version: 3\nversion: 4\n");

		assertThat(this.loader.load(yaml, "demo.yaml").problems())
			.extracting(ScriptProblem::code, ScriptProblem::line, ScriptProblem::column)
			.containsExactly(tuple("duplicate-key", 3, 1));
	}

	@Test
	void selfReferencingAliasIsReportedNotFollowedForever() {
		String yaml = "&a\nid: demo\nloop: *a\n";

		assertThat(this.loader.load(yaml, "alias.yaml").problems()).isNotEmpty();
	}

}
