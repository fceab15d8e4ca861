package org.peersupport.scripts;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class DefaultScriptsTests {

	private static final List<String> BOT_LOCALES = List.of("ru", "uk", "pl", "en");

	static List<String> resources() {
		return DefaultScripts.RESOURCES;
	}

	@ParameterizedTest
	@MethodSource("resources")
	void shippedScriptValidatesWithoutProblems(String resource) {
		LoadResult result = new ScriptLoader().load(DefaultScripts.read(resource), resource);

		assertThat(result.problems()).as(resource).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("resources")
	void everyPromptAndLabelExistsInAllFourLanguages(String resource) {
		Script script = new ScriptLoader().load(DefaultScripts.read(resource), resource).scriptOrThrow();

		assertThat(script.locales()).containsExactlyInAnyOrderElementsOf(BOT_LOCALES);
		for (Step step : script.steps()) {
			if (step.hasPrompt()) {
				assertThat(step.prompt().keySet()).as(step.id()).containsExactlyInAnyOrderElementsOf(BOT_LOCALES);
			}
			if (step.input() instanceof Input.Buttons buttons) {
				buttons.choices()
					.forEach((choice) -> assertThat(choice.label().keySet()).as(step.id() + "/" + choice.value())
						.containsExactlyInAnyOrderElementsOf(BOT_LOCALES));
			}
		}
	}

	@Test
	void allLoadsEveryShippedScript() {
		assertThat(DefaultScripts.all()).extracting(Script::id)
			.containsExactly("onboarding", "onboarding-plain", "volunteer-signup", "help-request", "help-request-plain",
					"check-in", "check-in-plain", "request-psychologist", "request-psychologist-plain", "request-job",
					"request-job-plain", "request-medicine", "request-medicine-plain", "request-legal",
					"request-legal-plain", "request-housing", "request-housing-plain", "request-talk",
					"request-talk-plain", "medicine-offer", "volunteer-availability");
	}

	/**
	 * Each category's intake asks its own questions, in both versions, and ends in
	 * {@code createRequest}: the region where it matters (and housing cannot skip it),
	 * the medicine's name and amount apart (never what it is for), nothing but the
	 * urgency for talking to a person.
	 */
	@ParameterizedTest
	@CsvSource({ "request-psychologist, summary urgency, summary", "request-job, summary region urgency, region",
			"request-medicine, medicine amount region urgency, region", "request-legal, summary region urgency, region",
			"request-housing, summary region urgency, ''", "request-talk, urgency, ''",
			"help-request, summary region urgency, region" })
	void eachCategorysIntakeAsksItsOwnQuestionsThenCreatesTheRequest(String id, String stores, String skippable) {
		for (String version : List.of(id, id + "-plain")) {
			Script script = DefaultScripts.all()
				.stream()
				.filter((candidate) -> candidate.id().equals(version))
				.findFirst()
				.orElseThrow();
			List<String> stored = new java.util.ArrayList<>();
			List<String> optional = new java.util.ArrayList<>();
			Map<String, Object> fields = new HashMap<>(Map.of("category", "x", "programme", "p"));
			Step step = script.firstStep();
			Step last = step;
			while (step != null) {
				Object answer = null;
				if (step.input().expectsAnswer()) {
					stored.add(step.store());
					if (step.input().optional() && !"urgency".equals(step.store())) {
						optional.add(step.store());
					}
					answer = (step.input() instanceof Input.Buttons buttons) ? buttons.choices().get(0).value()
							: "Lublin";
					fields.put(step.store(), answer);
				}
				last = step;
				step = script.nextStep(step, fields, answer).orElse(null);
			}
			assertThat(String.join(" ", stored)).as(version).isEqualTo(stores);
			assertThat(String.join(" ", optional)).as(version).isEqualTo(skippable);
			assertThat(last.actions()).as(version).extracting(ActionCall::name).containsExactly("createRequest");
			assertThat(script.plainLanguage()).as(version).isEqualTo(version.endsWith("-plain"));
		}
	}

	@Test
	void onboardingWalksFromLanguageToMenuAndSkipsTheProgrammeWhenTheLinkSetIt() {
		Script onboarding = DefaultScripts.all().get(0);
		Map<String, Object> fields = new HashMap<>();
		LocalDate today = LocalDate.of(2025, 6, 1);
		Step step = onboarding.firstStep();
		Map<String, String> answers = Map.of("language", "uk", "consent", "agree", "release-date", "14.03.2025",
				"needs", "job,peers", "pseudonym", "Лис");
		fields.put("programme", "women-after-prison");
		// What the runtime derives from the programme's settings (never stored).
		fields.put("programmeAsks", List.of("releaseDate"));
		StringBuilder path = new StringBuilder();
		while (step != null) {
			path.append(step.id()).append(' ');
			Object answer = null;
			if (step.input().expectsAnswer()) {
				Input input = (step.input() instanceof Input.Buttons buttons && buttons.fromSource())
						? buttons.withChoices(List.of(Choice.of("europe-kyiv", "Київ"))) : step.input();
				ParsedAnswer parsed = AnswerParser.parse(input, answers.getOrDefault(step.id(), "europe-kyiv"),
						Locale.forLanguageTag("uk"), today);
				assertThat(parsed).as(step.id()).isInstanceOf(ParsedAnswer.Accepted.class);
				answer = ((ParsedAnswer.Accepted) parsed).value();
				if (step.store() != null) {
					fields.put(step.store(), answer);
				}
			}
			step = onboarding.nextStep(step, fields, answer).orElse(null);
		}

		assertThat(path.toString().trim())
			.isEqualTo("language consent consent-given release-date needs pseudonym timezone welcome menu");
		assertThat(fields).containsEntry("needs", List.of("job", "peers")).containsEntry("pseudonym", "Лис");
		assertThat(Templates.render(onboarding.step("welcome").orElseThrow().prompt("uk").orElseThrow(), fields,
				(text) -> text))
			.startsWith("Дякуємо, Лис!");
	}

	@Test
	void onboardingAsksTheReleaseDateOnlyWhenTheProgrammeAsksIt() {
		Script onboarding = DefaultScripts.all().get(0);
		Step consentGiven = onboarding.step("consent-given").orElseThrow();
		Step programme = onboarding.step("programme").orElseThrow();
		Map<String, Object> asks = Map.of("programme", "women-after-prison", "programmeAsks", List.of("releaseDate"));
		Map<String, Object> asksNothing = Map.of("programme", "recovery", "programmeAsks", List.of());

		assertThat(onboarding.nextStep(consentGiven, asks, null).orElseThrow().id()).isEqualTo("release-date");
		assertThat(onboarding.nextStep(consentGiven, asksNothing, null).orElseThrow().id()).isEqualTo("needs");
		assertThat(onboarding.nextStep(consentGiven, Map.of(), null).orElseThrow().id()).isEqualTo("programme");
		assertThat(onboarding.nextStep(programme, asks, "women-after-prison").orElseThrow().id())
			.isEqualTo("release-date");
		assertThat(onboarding.nextStep(programme, asksNothing, "recovery").orElseThrow().id()).isEqualTo("needs");
	}

	@Test
	void decliningConsentEndsWithoutStoringAnything() {
		Script onboarding = DefaultScripts.all().get(0);
		Step consent = onboarding.step("consent").orElseThrow();

		Step next = onboarding.nextStep(consent, Map.of(), "later").orElseThrow();

		assertThat(next.id()).isEqualTo("consent-later");
		assertThat(next.store()).isNull();
		assertThat(onboarding.nextStep(next, Map.of(), null)).isEmpty();
	}

}
