package org.peersupport.scripts;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ScriptValidatorTests {

	private static final String HEAD = """
			id: demo
			version: 1
			defaultLocale: en
			locales: [en, ru]
			steps:
			""";

	/** The actions a host binds (the bot's are its ScriptAction beans). */
	private static final Set<String> BOUND = Set.of("recordConsent", "setLocale", "joinGroup", "showMenu");

	private final ScriptLoader loader = new ScriptLoader(
			new ScriptValidator(BOUND, ScriptValidator.DEFAULT_CHOICE_SOURCES));

	private List<ScriptProblem> problemsOf(String steps) {
		return this.loader.load(HEAD + steps, "demo.yaml").problems();
	}

	@Test
	void unknownStepIsReportedAtTheReference() {
		List<ScriptProblem> problems = problemsOf("""
				  - id: a
				    prompt: {en: Hi, ru: Привет}
				    next: nowhere
				""");

		assertThat(problems).extracting(ScriptProblem::code, ScriptProblem::line, ScriptProblem::column)
			.containsExactly(tuple("unknown-step", 8, 5));
		assertThat(problems.get(0).message()).contains("nowhere");
	}

	@Test
	void unreachableStepIsReportedAtTheStep() {
		List<ScriptProblem> problems = problemsOf("""
				  - id: a
				    prompt: {en: Hi, ru: Привет}
				  - id: orphan
				    prompt: {en: Lost, ru: Потерян}
				""");

		assertThat(problems).extracting(ScriptProblem::code, ScriptProblem::line, ScriptProblem::column)
			.containsExactly(tuple("unreachable-step", 8, 5));
	}

	@Test
	void inputWithoutPromptIsReported() {
		List<ScriptProblem> problems = problemsOf("""
				  - id: a
				    input: {type: text}
				    store: note
				""");

		assertThat(problems).extracting(ScriptProblem::code, ScriptProblem::line, ScriptProblem::column)
			.containsExactly(tuple("input-without-prompt", 6, 5));
	}

	@Test
	void missingTranslationIsReportedAtThePromptAndAtTheChoice() {
		List<ScriptProblem> problems = problemsOf("""
				  - id: a
				    prompt:
				      en: Pick one
				    input:
				      type: buttons
				      choices:
				        - value: x
				          label: {en: X, ru: Икс}
				        - value: y
				          label: {ru: Игрек}
				""");

		assertThat(problems).extracting(ScriptProblem::code, ScriptProblem::line, ScriptProblem::column)
			.containsExactly(tuple("missing-translation", 7, 5), tuple("missing-translation", 14, 11));
		assertThat(problems.get(0).message()).contains("'ru'");
		assertThat(problems.get(1).message()).contains("'en'").contains("'y'");
	}

	@Test
	void promptInALocaleTheScriptDoesNotDeclareIsReported() {
		List<ScriptProblem> problems = problemsOf("""
				  - id: a
				    prompt: {en: Hi, ru: Привет, de: Hallo}
				""");

		assertThat(problems).extracting(ScriptProblem::code, ScriptProblem::line, ScriptProblem::column)
			.containsExactly(tuple("unknown-locale", 7, 5));
	}

	@Test
	void branchOnAnAnswerNoChoiceHasIsDead() {
		List<ScriptProblem> problems = problemsOf("""
				  - id: a
				    prompt: {en: Pick, ru: Выбери}
				    input:
				      type: buttons
				      choices:
				        - {value: x, label: {en: X, ru: Икс}}
				    branches:
				      - when: {answer: z}
				        goto: b
				  - id: b
				    prompt: {en: B, ru: Б}
				""");

		assertThat(problems).extracting(ScriptProblem::code, ScriptProblem::line, ScriptProblem::column)
			.containsExactly(tuple("dead-branch", 13, 9));
		assertThat(problems.get(0).message()).contains("'z'");
	}

	@Test
	void branchesThatNoAnswerCanTakeAreDeadForEveryInputKind() {
		List<ScriptProblem> problems = problemsOf("""
				  - id: a
				    prompt: {en: "Sure?", ru: "Точно?"}
				    input: {type: yesno}
				    branches:
				      - when: {answer: maybe}
				        goto: b
				      - when: {answer: yes}
				        goto: b
				      - when: {answer: yes}
				        goto: c
				  - id: b
				    prompt: {en: "How many?", ru: "Сколько?"}
				    input: {type: number, min: 1, max: 10}
				    branches:
				      - when: {answer: 11}
				        goto: c
				      - when: {answer: 2.5}
				        goto: c
				  - id: c
				    prompt: {en: Done, ru: Готово}
				    branches:
				      - when: {answer: x}
				        goto: a
				""");

		assertThat(problems).extracting(ScriptProblem::code, ScriptProblem::line, ScriptProblem::column)
			.containsExactly(tuple("dead-branch", 10, 9), tuple("dead-branch", 14, 9), tuple("dead-branch", 20, 9),
					tuple("dead-branch", 22, 9), tuple("dead-branch", 27, 9));
	}

	@Test
	void loopWithoutInputIsReportedAtItsFirstStep() {
		List<ScriptProblem> problems = problemsOf("""
				  - id: a
				    prompt: {en: Hi, ru: Привет}
				    input: {type: yesno}
				    next: b
				  - id: b
				    prompt: {en: B, ru: Б}
				    next: c
				  - id: c
				    actions: [showMenu]
				    next: b
				""");

		assertThat(problems).extracting(ScriptProblem::code, ScriptProblem::line, ScriptProblem::column)
			.containsExactly(tuple("loop-without-input", 10, 5));
		assertThat(problems.get(0).message()).contains("[b, c]");
	}

	@Test
	void loopThroughAStepWithInputIsFine() {
		List<ScriptProblem> problems = problemsOf("""
				  - id: a
				    prompt: {en: "Again?", ru: "Ещё?"}
				    input: {type: yesno}
				    branches:
				      - when: {answer: yes}
				        goto: b
				  - id: b
				    prompt: {en: B, ru: Б}
				    next: a
				""");

		assertThat(problems).isEmpty();
	}

	@Test
	void textOverTelegramsLimitIsReported() {
		String longText = "x".repeat(4097);
		List<ScriptProblem> problems = problemsOf("""
				  - id: a
				    prompt:
				      en: %s
				      ru: Привет
				""".formatted(longText));

		assertThat(problems).extracting(ScriptProblem::code, ScriptProblem::line, ScriptProblem::column)
			.containsExactly(tuple("text-too-long", 7, 5));
		assertThat(problems.get(0).message()).contains("4097").contains("4096");
	}

	@Test
	void textOfExactlyTheLimitIsFine() {
		assertThat(problemsOf("""
				  - id: a
				    prompt: {en: %s, ru: Привет}
				""".formatted("x".repeat(4096)))).isEmpty();
	}

	@Test
	void choiceValueOverTheCallbackBudgetIsReported() {
		// 13 Cyrillic letters are 26 bytes of UTF-8, over the 24-byte budget.
		List<ScriptProblem> problems = problemsOf("""
				  - id: a
				    prompt: {en: Pick, ru: Выбери}
				    input:
				      type: buttons
				      choices:
				        - {value: ok, label: {en: OK, ru: Да}}
				        - {value: абвгдеёжзийкл, label: {en: Long, ru: Длинно}}
				""");

		assertThat(problems).extracting(ScriptProblem::code, ScriptProblem::line, ScriptProblem::column)
			.containsExactly(tuple("callback-data-too-long", 12, 11));
		assertThat(problems.get(0).message()).contains("26 bytes");
	}

	@Test
	void stepIdOverTheCallbackBudgetIsReportedForStepsWithButtons() {
		List<ScriptProblem> problems = problemsOf("""
				  - id: a-very-long-step-id
				    prompt: {en: "Sure?", ru: "Точно?"}
				    input: {type: yesno}
				""");

		assertThat(problems).extracting(ScriptProblem::code, ScriptProblem::line, ScriptProblem::column)
			.containsExactly(tuple("callback-data-too-long", 6, 5));
	}

	@Test
	void unknownActionIsReportedAtTheAction() {
		List<ScriptProblem> problems = problemsOf("""
				  - id: a
				    prompt: {en: Hi, ru: Привет}
				    actions:
				      - joinGroup
				      - {name: launchRocket, args: {when: now}}
				""");

		assertThat(problems).extracting(ScriptProblem::code, ScriptProblem::line, ScriptProblem::column)
			.containsExactly(tuple("unknown-action", 10, 9));
	}

	@Test
	void withoutTheHostsActionsNoActionNameIsJudged() {
		LoadResult result = new ScriptLoader().load(HEAD + """
				  - id: a
				    prompt: {en: Hi, ru: Привет}
				    actions: [launchRocket]
				""", "demo.yaml");

		assertThat(result.problems()).isEmpty();
	}

	@Test
	void unknownChoiceSourceIsReported() {
		List<ScriptProblem> problems = problemsOf("""
				  - id: a
				    prompt: {en: Pick, ru: Выбери}
				    input: {type: buttons, choicesFrom: planets}
				""");

		assertThat(problems).extracting(ScriptProblem::code, ScriptProblem::line, ScriptProblem::column)
			.containsExactly(tuple("unknown-choice-source", 8, 5));
	}

	@Test
	void duplicateStepsAndChoicesAreReported() {
		List<ScriptProblem> problems = problemsOf("""
				  - id: a
				    prompt: {en: Pick, ru: Выбери}
				    input:
				      type: buttons
				      choices:
				        - {value: x, label: {en: X, ru: Икс}}
				        - {value: x, label: {en: X2, ru: Икс2}}
				    next: a
				  - id: a
				    prompt: {en: Again, ru: Снова}
				""");

		assertThat(problems).extracting(ScriptProblem::code, ScriptProblem::line)
			.containsExactly(tuple("duplicate-choice", 12), tuple("duplicate-step", 14));
	}

	@Test
	void invalidRangesAreReported() {
		List<ScriptProblem> problems = problemsOf("""
				  - id: a
				    prompt: {en: "How many?", ru: "Сколько?"}
				    input: {type: number, min: 5, max: 1}
				    next: b
				  - id: b
				    prompt: {en: "Name?", ru: "Имя?"}
				    input: {type: text, minLength: 9, maxLength: 3}
				""");

		assertThat(problems).extracting(ScriptProblem::code, ScriptProblem::line)
			.containsExactly(tuple("invalid-range", 8), tuple("invalid-range", 12));
	}

	@Test
	void defaultLocaleOutsideTheLocalesIsReported() {
		String yaml = HEAD.replace("defaultLocale: en", "defaultLocale: pl") + """
				  - id: a
				    prompt: {en: Hi, ru: Привет}
				""";

		assertThat(this.loader.load(yaml, "demo.yaml").problems())
			.extracting(ScriptProblem::code, ScriptProblem::line, ScriptProblem::column)
			.containsExactly(tuple("unknown-locale", 3, 1));
	}

	@Test
	void storingAnythingButTheLanguageBeforeConsentIsReported() {
		List<ScriptProblem> problems = problemsOf("""
				  - id: name
				    prompt: {en: "Your name?", ru: "Как вас зовут?"}
				    input: {type: text}
				    store: name
				    next: consent
				  - id: consent
				    prompt: {en: "Agree?", ru: "Согласны?"}
				    input: {type: yesno}
				    actions: [recordConsent]
				""");

		assertThat(problems).extracting(ScriptProblem::code, ScriptProblem::line, ScriptProblem::column)
			.containsExactly(tuple("store-before-consent", 6, 5));
	}

	@Test
	void everyProblemIsReportedAtOnce() {
		List<ScriptProblem> problems = problemsOf("""
				  - id: a
				    prompt: {en: Hi}
				    actions: [fly]
				    next: b
				  - id: c
				    input: {type: text}
				""");

		assertThat(problems).extracting(ScriptProblem::code)
			.containsExactly("missing-translation", "unknown-action", "unknown-step", "input-without-prompt",
					"unreachable-step");
	}

	@Test
	void stepsLeftUnreachableByOneMisspeltIdFollowFromIt() {
		List<ScriptProblem> problems = problemsOf("""
				  - id: a
				    prompt: {en: Hi, ru: Привет}
				    next: ask-nmae
				  - id: ask-name
				    prompt: {en: Name, ru: Имя}
				    next: ask-age
				  - id: ask-age
				    prompt: {en: Age, ru: Возраст}
				    next: done
				  - id: done
				    prompt: {en: Bye, ru: Пока}
				""");

		SourcePosition typo = new SourcePosition(8, 5);
		assertThat(problems).extracting(ScriptProblem::code, ScriptProblem::line, ScriptProblem::followsFrom)
			.containsExactly(tuple("unknown-step", 8, null), tuple("unreachable-step", 9, typo),
					tuple("unreachable-step", 12, typo), tuple("unreachable-step", 15, typo));
		assertThat(problems).filteredOn(ScriptProblem::isFollowOn).hasSize(3);
	}

	@Test
	void anOrphanStandsOnItsOwnAndTheStepsOnlyItLeadsToFollowFromIt() {
		List<ScriptProblem> problems = problemsOf("""
				  - id: a
				    prompt: {en: Hi, ru: Привет}
				    next: nowhere-at-all
				  - id: orphan
				    prompt: {en: Lost, ru: Потерян}
				    next: behind
				  - id: behind
				    prompt: {en: Behind, ru: Позади}
				""");

		assertThat(problems).extracting(ScriptProblem::code, ScriptProblem::line, ScriptProblem::followsFrom)
			.containsExactly(tuple("unknown-step", 8, null), tuple("unreachable-step", 9, null),
					tuple("unreachable-step", 12, new SourcePosition(9, 5)));
	}

	@Test
	void editDistanceCountsInsertionsDeletionsAndReplacements() {
		assertThat(UnreachableSteps.distance("ask-name", "ask-nmae")).isEqualTo(2);
		assertThat(UnreachableSteps.distance("consent", "consents")).isEqualTo(1);
		assertThat(UnreachableSteps.distance("", "abc")).isEqualTo(3);
		assertThat(UnreachableSteps.distance("orphan", "nowhere-at-all")).isGreaterThan(4);
	}

}
