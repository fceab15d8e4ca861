package org.peersupport.scripts;

/**
 * One problem found in a script: a stable {@code code} the panel can localize, an English
 * message for staff, and where it is.
 *
 * @param code stable code of the kind of problem
 * @param message English message for staff
 * @param line line, from 1
 * @param column column, from 1
 * @param followsFrom where the problem this one follows from is (an unreachable step
 * behind a misspelt step id follows from that id), or null when it stands on its own
 */
public record ScriptProblem(String code, String message, int line, int column, SourcePosition followsFrom) {

	/** A problem that stands on its own. */
	public ScriptProblem(String code, String message, int line, int column) {
		this(code, message, line, column, null);
	}

	/** Whether this problem only follows from another one and goes once that is fixed. */
	public boolean isFollowOn() {
		return this.followsFrom != null;
	}

	/** Stable codes of the problems the loader and the validator report. */
	public static final class Codes {

		public static final String YAML = "yaml";

		/** Lines indented unlike the lines above ({@code expected <block end>}). */
		public static final String YAML_INDENTATION = "yaml-indentation";

		/**
		 * A colon where no key can start: an unquoted text with ": " or a line indented
		 * too deep.
		 */
		public static final String YAML_COLON = "yaml-colon";

		/** A key without its colon. */
		public static final String YAML_MISSING_COLON = "yaml-missing-colon";

		/** A quoted text whose quote is never closed. */
		public static final String YAML_UNCLOSED_QUOTE = "yaml-unclosed-quote";

		/** A {@code [} or <code>{</code> never closed. */
		public static final String YAML_UNCLOSED_BRACKET = "yaml-unclosed-bracket";

		/** A tab used for indentation. */
		public static final String YAML_TAB = "yaml-tab";

		/** A value starting with a character YAML reserves ({@code @ ` * & ! %}). */
		public static final String YAML_RESERVED_CHARACTER = "yaml-reserved-character";

		/**
		 * A text where YAML expects a key or the end of a block (often a stray quote).
		 */
		public static final String YAML_STRAY_TEXT = "yaml-stray-text";

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

	/** This problem, marked as following from the problem at {@code cause}. */
	ScriptProblem followingFrom(SourcePosition cause) {
		return new ScriptProblem(this.code, this.message, this.line, this.column, cause);
	}

	@Override
	public String toString() {
		return this.line + ":" + this.column + " [" + this.code + "] " + this.message;
	}

}
