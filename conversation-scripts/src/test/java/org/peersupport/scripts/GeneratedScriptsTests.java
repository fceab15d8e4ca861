package org.peersupport.scripts;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * Generated cases with fixed seeds (reproducible): random well-formed scripts validate,
 * and each kind of mutation is rejected with a positioned message, never an exception.
 */
class GeneratedScriptsTests {

	private static final int SEEDS = 60;

	/** Expected code meaning: some problem, whichever code it has. */
	private static final String ANY_PROBLEM = "*";

	private final ScriptLoader loader = new ScriptLoader();

	private static Stream<Long> seeds() {
		return LongStream.range(0, SEEDS).boxed();
	}

	@TestFactory
	Stream<DynamicTest> randomWellFormedScriptsValidate() {
		return seeds().map((seed) -> DynamicTest.dynamicTest("seed " + seed, () -> {
			String yaml = new GeneratedScript(seed).toYaml();
			LoadResult result = this.loader.load(yaml, "seed-" + seed);
			assertThat(result.problems()).as(yaml).isEmpty();
		}));
	}

	@TestFactory
	Stream<DynamicTest> mutatedScriptsAreRejectedWithAMessage() {
		List<DynamicTest> tests = new ArrayList<>();
		mutation(tests, "delete a step", "unknown-step", (script, random) -> {
			script.steps.remove(1 + random.nextInt(script.steps.size() - 1));
			return script.toYaml();
		});
		mutation(tests, "rename a reference", "unknown-step", (script, random) -> {
			script.steps.get(random.nextInt(script.steps.size() - 1)).next = "renamed-step";
			return script.toYaml();
		});
		mutation(tests, "drop a translation", ANY_PROBLEM, (script, random) -> {
			GeneratedScript.GenStep step = script.steps.get(random.nextInt(script.steps.size()));
			if (step.prompt == null) {
				step.prompt = script.texts();
			}
			step.prompt.remove(script.locales.get(random.nextInt(script.locales.size())));
			if (step.prompt.isEmpty() && step.kind.equals("none")) {
				step.prompt.put("en".equals(script.locales.get(0)) ? "ru" : "en", "stray");
			}
			return script.toYaml();
		});
		mutation(tests, "lengthen a text beyond 4096", "text-too-long", (script, random) -> {
			GeneratedScript.GenStep step = script.steps.get(random.nextInt(script.steps.size()));
			step.prompt = script.texts();
			step.prompt.put(script.locales.get(0), script.text(4097 + random.nextInt(100)).replace(" ", "y") + "z");
			return script.toYaml();
		});
		mutation(tests, "add a dead branch", "dead-branch", (script, random) -> {
			GeneratedScript.GenStep step = script.steps.get(random.nextInt(script.steps.size()));
			step.branches.put(impossibleAnswer(step), script.steps.get(0).id);
			return script.toYaml();
		});
		mutation(tests, "make an input-less loop", "loop-without-input", (script, random) -> {
			GeneratedScript.GenStep step = script.steps.get(random.nextInt(script.steps.size()));
			step.kind = "none";
			step.store = null;
			step.branches.clear();
			step.next = step.id;
			return script.toYaml();
		});
		mutation(tests, "truncate the text", null, (script, random) -> {
			String yaml = script.toYaml();
			return yaml.substring(0, random.nextInt(yaml.length()));
		});
		return tests.stream();
	}

	private void mutation(List<DynamicTest> tests, String name, String expectedCode,
			BiFunction<GeneratedScript, java.util.Random, String> mutate) {
		seeds().forEach((seed) -> tests.add(DynamicTest.dynamicTest(name + ", seed " + seed, () -> {
			GeneratedScript script = new GeneratedScript(seed);
			String yaml = mutate.apply(script, script.random());
			assertThatCode(() -> this.loader.load(yaml, "mutated")).as(yaml).doesNotThrowAnyException();
			LoadResult result = this.loader.load(yaml, "mutated");
			if (expectedCode == null && result.isValid()) {
				return;
			}
			assertThat(result.isValid()).as(yaml).isFalse();
			assertThat(result.problems()).as(yaml).allSatisfy((problem) -> {
				assertThat(problem.message()).isNotBlank();
				assertThat(problem.line()).isPositive();
				assertThat(problem.column()).isPositive();
			});
			if (expectedCode != null && !expectedCode.equals(ANY_PROBLEM)) {
				assertThat(result.problems()).as(yaml).extracting(ScriptProblem::code).contains(expectedCode);
			}
		})));
	}

	private static String impossibleAnswer(GeneratedScript.GenStep step) {
		return switch (step.kind) {
			case "yesno" -> "maybe";
			case "number" -> "11";
			case "date" -> "someday";
			case "text" -> "x".repeat(1001);
			default -> "no-such-choice";
		};
	}

}
