package org.peersupport.web.scripts;

import java.util.ArrayList;
import java.util.List;

import org.peersupport.scripts.ScriptProblem;
import org.peersupport.scripts.SourcePosition;

/**
 * A problem the editor shows first, with the problems that only follow from it (the steps
 * a misspelt step id leaves unreachable), shown folded under it: they go once it is
 * fixed.
 *
 * @param problem the problem to fix
 * @param followOns the problems that follow from it, in source order
 */
record ProblemGroup(ScriptProblem problem, List<ScriptProblem> followOns) {

	/** Message keys of the plain sentences, one per problem code. */
	static final String SENTENCE_PREFIX = "scripts.problem.";

	ProblemGroup {
		followOns = List.copyOf(followOns);
	}

	/**
	 * The problems grouped: each follow-on under the problem at the place it follows
	 * from; one whose cause is not among them stands on its own.
	 */
	static List<ProblemGroup> of(List<ScriptProblem> problems) {
		List<ScriptProblem> heads = new ArrayList<>();
		List<List<ScriptProblem>> followers = new ArrayList<>();
		for (ScriptProblem problem : problems) {
			if (!problem.isFollowOn()) {
				heads.add(problem);
				followers.add(new ArrayList<>());
			}
		}
		for (ScriptProblem problem : problems) {
			if (problem.isFollowOn()) {
				int cause = indexOfCause(problem.followsFrom(), heads);
				if (cause >= 0) {
					followers.get(cause).add(problem);
				}
				else {
					heads.add(problem);
					followers.add(new ArrayList<>());
				}
			}
		}
		List<ProblemGroup> groups = new ArrayList<>();
		for (int i = 0; i < heads.size(); i++) {
			groups.add(new ProblemGroup(heads.get(i), followers.get(i)));
		}
		return groups;
	}

	/**
	 * The key of the plain sentence about {@code problem}, or null when the problem does
	 * not carry all the values that sentence names (then the editor shows its English
	 * message with the code).
	 */
	public String sentenceKey(ScriptProblem problem) {
		if (ScriptProblem.Codes.SCHEMA.equals(problem.code()) && problem.arguments().size() == 2
				&& ScriptProblem.SCHEMA_RULES.contains(problem.arguments().get(0))) {
			return SENTENCE_PREFIX + problem.code() + "." + problem.arguments().get(0);
		}
		List<String> needed = ScriptProblem.Codes.ARGUMENTS.get(problem.code());
		boolean complete = (needed != null) ? problem.arguments().size() >= needed.size()
				: !problem.arguments().isEmpty();
		return complete ? SENTENCE_PREFIX + problem.code() : null;
	}

	/**
	 * The values the sentence about {@code problem} names: its line first (as the text
	 * {@code {0}}), then its arguments.
	 */
	public Object[] sentenceArguments(ScriptProblem problem) {
		List<Object> values = new ArrayList<>();
		values.add(String.valueOf(problem.line()));
		values.addAll(problem.arguments());
		return values.toArray();
	}

	private static int indexOfCause(SourcePosition at, List<ScriptProblem> heads) {
		for (int i = 0; i < heads.size(); i++) {
			ScriptProblem head = heads.get(i);
			if (!head.isFollowOn() && head.line() == at.line() && head.column() == at.column()) {
				return i;
			}
		}
		return -1;
	}

}
