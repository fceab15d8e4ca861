package org.peersupport.scripts;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A versioned conversation script: steps with prompts in the script's locales. The first
 * step is where a conversation starts. {@code source} keeps the raw YAML so the panel can
 * diff versions.
 */
public record Script(String id, int version, String defaultLocale, List<String> locales, String description,
		boolean plainLanguage, List<Step> steps, String sourceName, String source,
		SourcePosition defaultLocalePosition) {

	public Script {
		locales = List.copyOf(locales);
		steps = List.copyOf(steps);
	}

	/** The step a conversation starts at. */
	public Step firstStep() {
		return this.steps.get(0);
	}

	/** The step with this id. */
	public Optional<Step> step(String stepId) {
		return this.steps.stream().filter((step) -> step.id().equals(stepId)).findFirst();
	}

	/**
	 * The step after {@code step}: the target of its first branch whose condition holds,
	 * else its {@code next}; empty when the conversation ends.
	 * @param fields the conversation's stored fields, already including this step's
	 * answer
	 * @param answer the typed answer of this step ({@link AnswerParser}), or null
	 */
	public Optional<Step> nextStep(Step step, Map<String, Object> fields, Object answer) {
		return Transitions.nextStepId(step, fields, answer).flatMap(this::step);
	}

	/** The key used in callback data and logs: {@code id@version}. */
	public String key() {
		return this.id + "@" + this.version;
	}

}
