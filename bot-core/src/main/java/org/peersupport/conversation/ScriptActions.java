package org.peersupport.conversation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.peersupport.scripts.Script;

/**
 * Every {@link ScriptAction} bean by name: the one registry scripts' actions are bound
 * in, the runtime's own ({@code setLocale}, {@code recordConsent},
 * {@code alertModerators}) like any feature's. Two beans with one name fail the start.
 */
class ScriptActions {

	private final Map<String, ScriptAction> byName = new HashMap<>();

	ScriptActions(List<ScriptAction> actions) {
		for (ScriptAction action : actions) {
			ScriptAction previous = this.byName.putIfAbsent(action.name(), action);
			if (previous != null) {
				throw new IllegalStateException("Both " + previous.getClass().getSimpleName() + " and "
						+ action.getClass().getSimpleName() + " bind the script action '" + action.name() + "'");
			}
		}
	}

	/** The bound names, which the script validator accepts. */
	Set<String> names() {
		return Set.copyOf(this.byName.keySet());
	}

	/**
	 * The action a script names. Scripts are validated against {@link #names()} when
	 * stored, so a missing one means a stored script outlived the feature that bound it.
	 */
	ScriptAction named(String name, Script script) {
		ScriptAction action = this.byName.get(name);
		if (action == null) {
			throw new IllegalStateException("Script " + script.key() + " runs '" + name + "', which nothing binds");
		}
		return action;
	}

}
