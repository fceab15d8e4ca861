package org.peersupport.checkins;

import java.util.List;

import org.peersupport.conversation.ScriptRequirement;
import org.peersupport.scripts.Script;
import org.peersupport.scripts.ScriptProblem;
import org.peersupport.scripts.SourcePosition;

/**
 * A draft of the check-in script is refused, with its line, when its first step cannot
 * ask the check-in ({@link CheckInScript#usable}): the prompt a due check-in sends is
 * that step, and its answer must become a mood point.
 */
class CheckInRequirement implements ScriptRequirement {

	/** The problem's code, for the panel. */
	static final String CODE = "check-in-first-step";

	@Override
	public List<ScriptProblem> check(Script script) {
		if (!CheckInScript.ID.equals(script.id()) && !CheckInScript.PLAIN_ID.equals(script.id())
				|| CheckInScript.usable(script)) {
			return List.of();
		}
		SourcePosition at = script.firstStep().position();
		return List.of(new ScriptProblem(CODE,
				"The first step of '" + script.id() + "' is the check-in's prompt: it must have a prompt and "
						+ "buttons (one choice, not optional) with the values 1, 2, 3, 4 and 5, store: "
						+ CheckInScript.MOOD + ", and run the action " + RecordMood.NAME,
				at.line(), at.column()));
	}

}
