package org.peersupport.requests;

import java.util.List;

import org.peersupport.conversation.ScriptRequirement;
import org.peersupport.scripts.Script;
import org.peersupport.scripts.ScriptProblem;
import org.peersupport.scripts.SourcePosition;

/**
 * A draft of a script a request category names as its intake is refused, with its line,
 * when no step runs {@code createRequest}: the person would answer every question and no
 * request would be made.
 */
class IntakeRequirement implements ScriptRequirement {

	/** The problem's code, for the panel. */
	static final String CODE = "intake-creates-request";

	private final RequestsProperties properties;

	IntakeRequirement(RequestsProperties properties) {
		this.properties = properties;
	}

	@Override
	public List<ScriptProblem> check(Script script) {
		boolean intake = this.properties.categories()
			.stream()
			.anyMatch(
					(category) -> script.id().equals(category.script()) || script.id().equals(category.plainScript()));
		if (!intake || script.steps().stream().anyMatch((step) -> step.runs(CreateRequest.NAME))) {
			return List.of();
		}
		SourcePosition at = script.firstStep().position();
		return List.of(new ScriptProblem(CODE, "'" + script.id() + "' is the intake of a request category: a step "
				+ "must run the action " + CreateRequest.NAME + ", or no request is made", at.line(), at.column()));
	}

}
