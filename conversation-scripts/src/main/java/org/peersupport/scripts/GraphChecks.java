package org.peersupport.scripts;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.peersupport.scripts.ScriptProblem.Codes;

/**
 * Checks over the graph of transitions: unreachable steps, loops the participant can
 * never leave because no step in them waits for an answer, and fields stored before
 * consent is recorded.
 */
final class GraphChecks {

	/**
	 * The only field a script may store before its {@code recordConsent} action has run.
	 */
	static final String PRE_CONSENT_FIELD = "locale";

	private static final Set<String> PRE_CONSENT_ACTIONS = Set.of("setLocale", "recordConsent");

	private GraphChecks() {
	}

	static void check(Script script, List<ScriptProblem> problems) {
		Map<String, Step> steps = new HashMap<>();
		script.steps().forEach((step) -> steps.putIfAbsent(step.id(), step));
		Set<String> reachable = reach(script.firstStep(), steps, (step) -> true);
		new UnreachableSteps(script, steps, reachable).report(problems);
		new InputlessLoops(script, steps, problems).find();
		checkConsent(script, steps, problems);
	}

	static List<String> targets(Step step) {
		List<String> targets = new ArrayList<>();
		step.branches().forEach((branch) -> targets.add(branch.target()));
		if (step.next() != null) {
			targets.add(step.next());
		}
		return targets;
	}

	private static Set<String> reach(Step start, Map<String, Step> steps, java.util.function.Predicate<Step> expand) {
		Set<String> reached = new LinkedHashSet<>();
		Deque<Step> queue = new ArrayDeque<>();
		reached.add(start.id());
		queue.add(start);
		while (!queue.isEmpty()) {
			Step step = queue.poll();
			if (!expand.test(step)) {
				continue;
			}
			for (String target : targets(step)) {
				Step next = steps.get(target);
				if (next != null && reached.add(target)) {
					queue.add(next);
				}
			}
		}
		return reached;
	}

	/**
	 * In a script that records consent, every step reachable before the consent step may
	 * store only the chosen language and run only language or consent actions.
	 */
	private static void checkConsent(Script script, Map<String, Step> steps, List<ScriptProblem> problems) {
		if (script.steps().stream().noneMatch((step) -> step.runs("recordConsent"))) {
			return;
		}
		for (String id : reach(script.firstStep(), steps, (step) -> !step.runs("recordConsent"))) {
			Step step = steps.get(id);
			if (step.runs("recordConsent")) {
				continue;
			}
			if (step.store() != null && !PRE_CONSENT_FIELD.equals(step.store())) {
				problems
					.add(ScriptProblem.at(step.position(), Codes.STORE_BEFORE_CONSENT,
							"Step '" + step.id() + "' stores '" + step.store()
									+ "' before the participant has accepted the consent text",
							step.id(), step.store()));
			}
			step.actions()
				.stream()
				.filter((action) -> !PRE_CONSENT_ACTIONS.contains(action.name()))
				.forEach((action) -> problems.add(ScriptProblem.at(action.position(), Codes.STORE_BEFORE_CONSENT,
						"Action '" + action.name() + "' runs before the participant has accepted the consent text",
						step.id(), action.name())));
		}
	}

}
