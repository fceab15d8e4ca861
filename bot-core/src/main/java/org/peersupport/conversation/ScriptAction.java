package org.peersupport.conversation;

/**
 * An action a script names (e.g. {@code joinGroup}), bound by a feature. Runs after the
 * step's answer is stored, or after the prompt of a step without input; it must be safe
 * to run twice for the same update (upserts, conditional updates, replies through the
 * context's {@code replies}).
 */
public interface ScriptAction {

	/** The name scripts use. */
	String name();

	/** Runs the action. */
	void run(ActionContext context);

}
