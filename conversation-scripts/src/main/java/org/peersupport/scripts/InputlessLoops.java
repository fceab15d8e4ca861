package org.peersupport.scripts;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.peersupport.scripts.ScriptProblem.Codes;

/**
 * Finds cycles made only of steps without input (Tarjan's strongly connected components
 * over those steps): the runtime would go round them forever without waiting for the
 * participant.
 */
final class InputlessLoops {

	private final Script script;

	private final Map<String, Step> steps;

	private final List<ScriptProblem> problems;

	private final Map<String, Integer> index = new HashMap<>();

	private final Map<String, Integer> lowLink = new HashMap<>();

	private final Deque<String> stack = new ArrayDeque<>();

	private int counter;

	InputlessLoops(Script script, Map<String, Step> steps, List<ScriptProblem> problems) {
		this.script = script;
		this.steps = steps;
		this.problems = problems;
	}

	void find() {
		for (Step step : this.script.steps()) {
			if (isInputless(step.id()) && !this.index.containsKey(step.id())) {
				connect(step.id());
			}
		}
	}

	private boolean isInputless(String id) {
		Step step = this.steps.get(id);
		return step != null && !step.input().expectsAnswer();
	}

	// Recursion depth is bounded by the number of steps, which the schema keeps small.
	private void connect(String id) {
		this.index.put(id, this.counter);
		this.lowLink.put(id, this.counter);
		this.counter++;
		this.stack.push(id);
		for (String target : GraphChecks.targets(this.steps.get(id))) {
			if (!isInputless(target)) {
				continue;
			}
			if (!this.index.containsKey(target)) {
				connect(target);
				this.lowLink.put(id, Math.min(this.lowLink.get(id), this.lowLink.get(target)));
			}
			else if (this.stack.contains(target)) {
				this.lowLink.put(id, Math.min(this.lowLink.get(id), this.index.get(target)));
			}
		}
		if (this.lowLink.get(id).equals(this.index.get(id))) {
			List<String> component = new ArrayList<>();
			String member;
			do {
				member = this.stack.pop();
				component.add(member);
			}
			while (!member.equals(id));
			report(component);
		}
	}

	private void report(List<String> component) {
		Step first = this.script.steps()
			.stream()
			.filter((step) -> component.contains(step.id()))
			.findFirst()
			.orElseThrow();
		boolean loops = component.size() > 1 || GraphChecks.targets(first).contains(first.id());
		if (loops) {
			List<String> inOrder = this.script.steps()
				.stream()
				.map(Step::id)
				.filter(component::contains)
				.distinct()
				.toList();
			this.problems.add(ScriptProblem.at(first.position(), Codes.LOOP_WITHOUT_INPUT,
					"Steps " + inOrder + " form a loop in which no step waits for an answer",
					String.join(", ", inOrder)));
		}
	}

}
