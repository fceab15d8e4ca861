package org.peersupport.scripts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.peersupport.scripts.ScriptProblem.Codes;

/**
 * Checks a script's meaning and reports every problem at once, each with its line and
 * column.
 */
public final class ScriptValidator {

	/** The {@code choicesFrom} sources the runtime fills today. */
	public static final Set<String> DEFAULT_CHOICE_SOURCES = Set.of("programmes", "timezones", "skills");

	private final Set<String> actions;

	private final Set<String> choiceSources;

	/**
	 * A validator of everything but action names: which actions exist is the host's
	 * knowledge (the bot binds them), so a script is checked against them where it runs.
	 */
	public ScriptValidator() {
		this.actions = null;
		this.choiceSources = DEFAULT_CHOICE_SOURCES;
	}

	/**
	 * A validator that also refuses actions outside {@code actions}, the names the host
	 * binds.
	 */
	public ScriptValidator(Set<String> actions, Set<String> choiceSources) {
		this.actions = Set.copyOf(actions);
		this.choiceSources = Set.copyOf(choiceSources);
	}

	/** All problems of {@code script}, in source order; empty when it is fine. */
	public List<ScriptProblem> validate(Script script) {
		List<ScriptProblem> problems = new ArrayList<>();
		if (!script.locales().contains(script.defaultLocale())) {
			problems.add(ScriptProblem.at(
					script.defaultLocalePosition(), Codes.UNKNOWN_LOCALE, "The default locale '"
							+ script.defaultLocale() + "' is not one of the script's locales " + script.locales(),
					script.defaultLocale(), String.join(", ", script.locales())));
		}
		Set<String> seen = new HashSet<>();
		for (Step step : script.steps()) {
			if (!seen.add(step.id())) {
				problems.add(ScriptProblem.at(step.position(), Codes.DUPLICATE_STEP,
						"Another step is already called '" + step.id() + "'", step.id()));
			}
			new StepChecks(script, step, this.actions, this.choiceSources, problems).run();
			BranchChecks.check(step, problems);
		}
		GraphChecks.check(script, problems);
		problems.sort(Comparator.comparingInt(ScriptProblem::line)
			.thenComparingInt(ScriptProblem::column)
			.thenComparing(ScriptProblem::code));
		return List.copyOf(problems);
	}

}
