package org.peersupport.scripts;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.peersupport.scripts.ScriptProblem.Codes;

/**
 * Reports the steps no transition leads to, and which of them only follow from another
 * problem: one misspelt step id ({@code next: ask-nmae}) leaves its intended step
 * unreachable and, behind it, every step only that one leads to. The first of such a run
 * follows from the misspelt reference when the id is close to it; the steps behind follow
 * from the same cause, or from the first step of the run when it stands on its own.
 */
final class UnreachableSteps {

	private final Script script;

	private final Map<String, Step> steps;

	private final Set<String> reachable;

	UnreachableSteps(Script script, Map<String, Step> steps, Set<String> reachable) {
		this.script = script;
		this.steps = steps;
		this.reachable = reachable;
	}

	void report(List<ScriptProblem> problems) {
		Map<String, Step> unreachable = new LinkedHashMap<>();
		for (Step step : this.script.steps()) {
			if (!this.reachable.contains(step.id())) {
				unreachable.putIfAbsent(step.id(), step);
			}
		}
		Set<String> entered = new HashSet<>();
		for (Step step : unreachable.values()) {
			for (String target : GraphChecks.targets(step)) {
				if (!target.equals(step.id())) {
					entered.add(target);
				}
			}
		}
		List<Reference> broken = brokenReferences();
		Map<String, SourcePosition> causes = new LinkedHashMap<>();
		// First the runs' starts (nothing unreachable leads to them), then any cycle
		// left.
		List<Step> starts = new ArrayList<>(
				unreachable.values().stream().filter((s) -> !entered.contains(s.id())).toList());
		starts.addAll(unreachable.values());
		for (Step start : starts) {
			if (causes.containsKey(start.id())) {
				continue;
			}
			SourcePosition cause = closest(start.id(), broken);
			causes.put(start.id(), cause);
			SourcePosition behind = (cause != null) ? cause : start.position();
			Deque<Step> queue = new ArrayDeque<>(List.of(start));
			while (!queue.isEmpty()) {
				for (String target : GraphChecks.targets(queue.poll())) {
					Step next = unreachable.get(target);
					if (next != null && !causes.containsKey(target)) {
						causes.put(target, behind);
						queue.add(next);
					}
				}
			}
		}
		for (Step step : this.script.steps()) {
			if (!this.reachable.contains(step.id())) {
				ScriptProblem problem = ScriptProblem.at(step.position(), Codes.UNREACHABLE_STEP,
						"No transition leads to step '" + step.id() + "'", step.id());
				SourcePosition cause = causes.get(step.id());
				problems.add((cause != null) ? problem.followingFrom(cause) : problem);
			}
		}
	}

	/** Every transition to a step that does not exist, in source order. */
	private List<Reference> brokenReferences() {
		List<Reference> broken = new ArrayList<>();
		for (Step step : this.script.steps()) {
			if (step.next() != null && !this.steps.containsKey(step.next())) {
				broken.add(new Reference(step.next(), step.nextPosition()));
			}
			for (Branch branch : step.branches()) {
				if (!this.steps.containsKey(branch.target())) {
					broken.add(new Reference(branch.target(), branch.targetPosition()));
				}
			}
		}
		return broken;
	}

	/** The broken reference whose target looks like a misspelling of {@code id}. */
	private static SourcePosition closest(String id, List<Reference> broken) {
		int limit = Math.max(2, id.length() / 3);
		SourcePosition best = null;
		int bestDistance = Integer.MAX_VALUE;
		for (Reference reference : broken) {
			int distance = distance(id, reference.target());
			if (distance <= limit && distance < bestDistance) {
				best = reference.at();
				bestDistance = distance;
			}
		}
		return best;
	}

	/** Levenshtein distance: insertions, deletions and replacements of one character. */
	static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int replace = previous[j - 1] + ((a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1);
				current[j] = Math.min(replace, Math.min(previous[j], current[j - 1]) + 1);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

	private record Reference(String target, SourcePosition at) {
	}

}
