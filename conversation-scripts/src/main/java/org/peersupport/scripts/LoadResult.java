package org.peersupport.scripts;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What {@link ScriptLoader} returns: a valid script, or the problems that keep it from
 * being one.
 */
public final class LoadResult {

	private final Script script;

	private final List<ScriptProblem> problems;

	private LoadResult(Script script, List<ScriptProblem> problems) {
		this.script = script;
		this.problems = List.copyOf(problems);
	}

	static LoadResult loaded(Script script) {
		return new LoadResult(script, List.of());
	}

	static LoadResult rejected(List<ScriptProblem> problems) {
		if (problems.isEmpty()) {
			throw new IllegalArgumentException("A rejected script needs at least one problem");
		}
		return new LoadResult(null, problems);
	}

	/** The script, present only when there are no problems. */
	public Optional<Script> script() {
		return Optional.ofNullable(this.script);
	}

	/** The problems in source order; empty when the script is valid. */
	public List<ScriptProblem> problems() {
		return this.problems;
	}

	public boolean isValid() {
		return this.script != null;
	}

	/** The script, or an {@link IllegalStateException} listing the problems. */
	public Script scriptOrThrow() {
		if (this.script == null) {
			throw new IllegalStateException("Invalid script:\n"
					+ this.problems.stream().map(ScriptProblem::toString).collect(Collectors.joining("\n")));
		}
		return this.script;
	}

	@Override
	public String toString() {
		return isValid() ? "LoadResult[" + this.script.key() + "]" : "LoadResult" + this.problems;
	}

}
