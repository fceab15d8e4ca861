package org.peersupport.scripts;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.peersupport.scripts.ScriptProblem.Codes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every problem carries the values its sentence in the panel names (the step id, the
 * action, the language, ...), so the panel can word it in the viewer's language.
 */
class ScriptProblemArgumentsTests {

	private static final String HEAD = """
			id: demo
			version: 1
			defaultLocale: en
			locales: [en, ru]
			steps:
			""";

	private final ScriptLoader loader = new ScriptLoader(new ScriptValidator(
			Set.of("recordConsent", "setLocale", "joinGroup", "showMenu"), ScriptValidator.DEFAULT_CHOICE_SOURCES));

	/** Broken scripts that together produce every code that names something. */
	private static final List<String> BROKEN = List.of(HEAD + """
			  - id: a
			    prompt: {en: Hi}
			    actions: [fly, joinGroup]
			    next: nowhere
			  - id: c
			    input: {type: text}
			    store: note
			  - id: c
			    prompt: {en: "Pick", ru: "Выбери", de: "Wähle"}
			    input:
			      type: buttons
			      choices:
			        - {value: x, label: {en: X}}
			        - {value: x, label: {en: X2, ru: Икс2}}
			        - {value: абвгдеёжзийкл, label: {en: Long, ru: Длинно}}
			  - id: a-very-long-step-id
			    prompt: {en: "Sure?", ru: "Точно?"}
			    input: {type: yesno}
			    branches:
			      - when: {answer: maybe}
			        goto: r
			  - id: r
			    prompt: {en: "How many?", ru: "Сколько?"}
			    input: {type: number, min: 5, max: 1}
			    next: t
			  - id: t
			    prompt: {en: "Name?", ru: "Имя?"}
			    input: {type: text, minLength: 9, maxLength: 3}
			    next: s
			  - id: s
			    prompt: {en: "From?", ru: "Откуда?"}
			    input: {type: buttons, choicesFrom: planets}
			    next: l1
			  - id: l1
			    prompt: {en: L, ru: Л}
			    next: l2
			  - id: l2
			    actions: [showMenu]
			    next: l1
			""", HEAD.replace("defaultLocale: en", "defaultLocale: pl") + """
			  - id: name
			    prompt: {en: "%s", ru: "Как вас зовут?"}
			    input: {type: text}
			    store: name
			    actions: [joinGroup]
			    next: consent
			  - id: consent
			    prompt: {en: "Agree?", ru: "Согласны?"}
			    input: {type: yesno}
			    actions: [recordConsent]
			""".formatted("x".repeat(4097)), HEAD + """
			  - id: a
			    prompt: {en: Hi, ru: Привет}
			    prompt: {en: Again, ru: Снова}
			""");

	@Test
	void everyCodeSaysWhatItsSentenceNames() throws IllegalAccessException {
		Set<String> constants = new TreeSet<>();
		for (Field field : Codes.class.getDeclaredFields()) {
			if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
				constants.add((String) field.get(null));
			}
		}

		assertThat(constants).hasSizeGreaterThan(20);
		assertThat(Codes.ARGUMENTS.keySet()).containsExactlyInAnyOrderElementsOf(constants);
	}

	@Test
	void everyProblemOfTheBrokenScriptsCarriesTheArgumentsOfItsCode() {
		List<ScriptProblem> problems = new ArrayList<>();
		BROKEN.forEach((yaml) -> problems.addAll(this.loader.load(yaml, "broken.yaml").problems()));

		Set<String> naming = new TreeSet<>();
		Codes.ARGUMENTS.forEach((code, names) -> {
			if (!names.isEmpty()) {
				naming.add(code);
			}
		});
		assertThat(problems).extracting(ScriptProblem::code).containsAll(naming);
		assertThat(problems).allSatisfy((problem) -> assertThat(problem.arguments()).as(problem.toString())
			.hasSize(Codes.ARGUMENTS.get(problem.code()).size())
			.allSatisfy((argument) -> assertThat(argument).isNotBlank()));
	}

	@Test
	void aSchemaProblemNamesTheRuleAndTheKeyWhenItIsAboutAKey() {
		String yaml = ScriptLoaderTests.VALID.replace("    next: done\n  - id: help", "    nxet: done\n  - id: help")
			.replace("type: yesno", "type: slider");

		assertThat(this.loader.load(yaml, "demo.yaml").problems()).extracting(ScriptProblem::arguments)
			.containsExactlyInAnyOrder(List.of(ScriptProblem.SCHEMA_VALUE, "type"),
					List.of(ScriptProblem.SCHEMA_UNKNOWN_KEY, "nxet"));
		assertThat(this.loader.load(ScriptLoaderTests.VALID.replace("version: 3\n", ""), "demo.yaml").problems())
			.extracting(ScriptProblem::arguments)
			.containsExactly(List.of(ScriptProblem.SCHEMA_MISSING_KEY, "version"));
		assertThat(this.loader.load("just text", "text.yaml").problems()).extracting(ScriptProblem::arguments)
			.containsExactly(List.of());
	}

	@Test
	void theArgumentsAreTheNamesTheProblemIsAbout() {
		List<ScriptProblem> problems = this.loader.load(BROKEN.get(0), "broken.yaml").problems();

		assertThat(arguments(problems, Codes.UNKNOWN_STEP)).contains(List.of("a", "nowhere"));
		assertThat(arguments(problems, Codes.UNREACHABLE_STEP)).contains(List.of("c"));
		assertThat(arguments(problems, Codes.UNKNOWN_ACTION)).singleElement()
			.satisfies((arguments) -> assertThat(arguments.get(0)).isEqualTo("fly"))
			.satisfies((arguments) -> assertThat(arguments.get(1)).contains("joinGroup", "recordConsent"));
		assertThat(arguments(problems, Codes.MISSING_TRANSLATION)).contains(List.of("ru", "a"), List.of("ru", "c"));
		assertThat(arguments(problems, Codes.UNKNOWN_LOCALE)).contains(List.of("de", "en, ru"));
		assertThat(arguments(problems, Codes.DUPLICATE_CHOICE)).containsExactly(List.of("c", "x"));
		assertThat(arguments(problems, Codes.DEAD_BRANCH)).containsExactly(List.of("a-very-long-step-id", "r"));
		assertThat(arguments(problems, Codes.INVALID_RANGE)).containsExactly(List.of("5", "1"), List.of("9", "3"));
		assertThat(arguments(problems, Codes.LOOP_WITHOUT_INPUT)).containsExactly(List.of("l1, l2"));
		assertThat(arguments(problems, Codes.CALLBACK_DATA_TOO_LONG)).contains(List.of("абвгдеёжзийкл", "26", "24"));

		List<ScriptProblem> consent = this.loader.load(BROKEN.get(1), "broken.yaml").problems();
		assertThat(arguments(consent, Codes.STORE_BEFORE_CONSENT)).containsExactly(List.of("name", "name"),
				List.of("name", "joinGroup"));
		assertThat(arguments(consent, Codes.TEXT_TOO_LONG)).containsExactly(List.of("en", "4097", "4096"));
		assertThat(arguments(consent, Codes.UNKNOWN_LOCALE)).containsExactly(List.of("pl", "en, ru"));
	}

	@Test
	void aFollowOnKeepsItsArguments() {
		ScriptProblem problem = ScriptProblem.at(new SourcePosition(4, 5), Codes.UNREACHABLE_STEP, "msg", "c");

		assertThat(problem.followingFrom(new SourcePosition(2, 3)).arguments()).containsExactly("c");
		assertThat(new ScriptProblem("x", "msg", 1, 1).arguments()).isEmpty();
		assertThat(Arrays.asList(new ScriptProblem("x", "msg", 1, 1, null, null).arguments()))
			.containsExactly(List.of());
	}

	private static List<List<String>> arguments(List<ScriptProblem> problems, String code) {
		return problems.stream()
			.filter((problem) -> problem.code().equals(code))
			.map(ScriptProblem::arguments)
			.toList();
	}

}
