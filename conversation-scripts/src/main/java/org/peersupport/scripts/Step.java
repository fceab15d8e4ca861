package org.peersupport.scripts;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One step of a script: a prompt per locale, an input, the field the answer is stored in,
 * the actions to run and the transitions out.
 *
 * @param prompt locale to text; empty when the step shows nothing
 * @param store the field the answer is stored in, or null
 * @param next the step after this one when no branch applies, or null to end
 */
public record Step(String id, Map<String, String> prompt, Input input, String store, List<ActionCall> actions,
		List<Branch> branches, String next, SourcePosition position, SourcePosition promptPosition,
		SourcePosition nextPosition) {

	public Step {
		prompt = Map.copyOf(prompt);
		actions = List.copyOf(actions);
		branches = List.copyOf(branches);
	}

	/** The prompt in {@code locale}, if the step has one there. */
	public Optional<String> prompt(String locale) {
		return Optional.ofNullable(this.prompt.get(locale));
	}

	/** Whether the step has a prompt in at least one locale. */
	public boolean hasPrompt() {
		return !this.prompt.isEmpty();
	}

	/** Whether any of the step's actions has this name. */
	public boolean runs(String action) {
		return this.actions.stream().anyMatch((call) -> call.name().equals(action));
	}

}
