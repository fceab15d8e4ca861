package org.peersupport.scripts;

/**
 * One problem found in a script: a stable {@code code} the panel can localize, an English
 * message for staff, and where it is.
 */
public record ScriptProblem(String code, String message, int line, int column) {

	/** Stable codes of the problems the loader and the validator report. */
	public static final class Codes {

		public static final String YAML = "yaml";

		public static final String DUPLICATE_KEY = "duplicate-key";

		public static final String SCHEMA = "schema";

		public static final String DUPLICATE_STEP = "duplicate-step";

		public static final String UNKNOWN_STEP = "unknown-step";

		public static final String UNREACHABLE_STEP = "unreachable-step";

		public static final String INPUT_WITHOUT_PROMPT = "input-without-prompt";

		public static final String MISSING_TRANSLATION = "missing-translation";

		public static final String UNKNOWN_LOCALE = "unknown-locale";

		public static final String DEAD_BRANCH = "dead-branch";

		public static final String LOOP_WITHOUT_INPUT = "loop-without-input";

		public static final String TEXT_TOO_LONG = "text-too-long";

		public static final String CALLBACK_DATA_TOO_LONG = "callback-data-too-long";

		public static final String UNKNOWN_ACTION = "unknown-action";

		public static final String UNKNOWN_CHOICE_SOURCE = "unknown-choice-source";

		public static final String DUPLICATE_CHOICE = "duplicate-choice";

		public static final String INVALID_RANGE = "invalid-range";

		public static final String STORE_BEFORE_CONSENT = "store-before-consent";

		private Codes() {
		}

	}

	static ScriptProblem at(SourcePosition position, String code, String message) {
		return new ScriptProblem(code, message, position.line(), position.column());
	}

	@Override
	public String toString() {
		return this.line + ":" + this.column + " [" + this.code + "] " + this.message;
	}

}
