package org.peersupport.conversation;

import java.util.List;

import org.peersupport.scripts.ScriptProblem;

/**
 * What saving a draft gave: the stored version's key, or the problems that kept it out.
 *
 * @param key {@code id@version} of the saved draft, or null
 * @param problems the problems with line and column; empty when saved
 */
public record DraftResult(String key, List<ScriptProblem> problems) {

	public DraftResult {
		problems = List.copyOf(problems);
	}

	/** Whether the draft was saved. */
	public boolean saved() {
		return this.key != null;
	}

}
