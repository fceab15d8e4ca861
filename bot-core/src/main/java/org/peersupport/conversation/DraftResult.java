package org.peersupport.conversation;

import java.util.List;

import org.peersupport.scripts.ScriptProblem;

/**
 * What saving a draft gave: the stored version's key, or the problems that kept it out.
 *
 * @param key {@code id@version} of the saved draft, or null
 * @param problems the problems with line and column; empty when saved
 * @param raisedFrom the version the source named when the draft was saved as a newer one
 * (that version was already published), else 0
 */
public record DraftResult(String key, List<ScriptProblem> problems, int raisedFrom) {

	public DraftResult {
		problems = List.copyOf(problems);
	}

	public DraftResult(String key, List<ScriptProblem> problems) {
		this(key, problems, 0);
	}

	/** The version saved, or 0 if none was. */
	public int version() {
		return saved() ? Integer.parseInt(this.key.substring(this.key.lastIndexOf('@') + 1)) : 0;
	}

	/** Whether the draft was saved. */
	public boolean saved() {
		return this.key != null;
	}

}
