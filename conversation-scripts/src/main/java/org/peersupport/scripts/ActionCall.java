package org.peersupport.scripts;

import java.util.Map;

/**
 * A named action the runtime binds (e.g. {@code joinGroup}), with optional string
 * arguments.
 */
public record ActionCall(String name, Map<String, String> args, SourcePosition position) {

	public ActionCall {
		args = Map.copyOf(args);
	}

}
