package org.peersupport.scripts;

import java.util.List;
import java.util.Map;

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
 * @param arguments the values a sentence about this problem names, in the order
 * {@link Codes#ARGUMENTS} lists them for its code (the step id, the action name, the
 * language, ...); the panel puts them into its own wording, in the viewer's language
 */
public record ScriptProblem(String code, String message, int line, int column, SourcePosition followsFrom,
		List<String> arguments) {

	public ScriptProblem {
		arguments = (arguments != null) ? List.copyOf(arguments) : List.of();
	}

	/** A problem that stands on its own and names nothing. */
	public ScriptProblem(String code, String message, int line, int column) {
		this(code, message, line, column, null, List.of());
	}

	/** A problem that names nothing. */
	public ScriptProblem(String code, String message, int line, int column, SourcePosition followsFrom) {
		this(code, message, line, column, followsFrom, List.of());
	}

	/** Whether this problem only follows from another one and goes once that is fixed. */
	public boolean isFollowOn() {
		return this.followsFrom != null;
	}

	/**
	 * The rule a {@link Codes#SCHEMA} problem about a key breaks, its first argument (the
	 * key is the second): the key does not belong where it is.
	 */
	public static final String SCHEMA_UNKNOWN_KEY = "unknown-key";

	/** A key the place needs is missing. */
	public static final String SCHEMA_MISSING_KEY = "missing-key";

	/** The value of a key is not one of those allowed. */
	public static final String SCHEMA_VALUE = "value";

	/**
	 * The rules a {@link Codes#SCHEMA} problem may name, with the key, as its arguments.
	 */
	public static final List<String> SCHEMA_RULES = List.of(SCHEMA_UNKNOWN_KEY, SCHEMA_MISSING_KEY, SCHEMA_VALUE);

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

		/**
		 * The script does not follow the published schema. Names nothing, or, for a rule
		 * of {@link ScriptProblem#SCHEMA_RULES}, the rule and the key it is about.
		 */
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

		/**
		 * What each code's problems name, in order: the {@link ScriptProblem#arguments()}
		 * a sentence about the problem may use. Every code is here. A {@link #SCHEMA}
		 * problem may name more: see {@link ScriptProblem#SCHEMA_RULES}.
		 */
		public static final Map<String, List<String>> ARGUMENTS = Map.ofEntries(Map.entry(YAML, List.of()),
				Map.entry(YAML_INDENTATION, List.of()), Map.entry(YAML_COLON, List.of()),
				Map.entry(YAML_MISSING_COLON, List.of()), Map.entry(YAML_UNCLOSED_QUOTE, List.of()),
				Map.entry(YAML_UNCLOSED_BRACKET, List.of()), Map.entry(YAML_TAB, List.of()),
				Map.entry(YAML_RESERVED_CHARACTER, List.of()), Map.entry(YAML_STRAY_TEXT, List.of()),
				Map.entry(DUPLICATE_KEY, List.of("key")), Map.entry(SCHEMA, List.of()),
				Map.entry(DUPLICATE_STEP, List.of("step")), Map.entry(UNKNOWN_STEP, List.of("step", "target")),
				Map.entry(UNREACHABLE_STEP, List.of("step")), Map.entry(INPUT_WITHOUT_PROMPT, List.of("step")),
				Map.entry(MISSING_TRANSLATION, List.of("language", "step")),
				Map.entry(UNKNOWN_LOCALE, List.of("language", "languages")),
				Map.entry(DEAD_BRANCH, List.of("step", "target")), Map.entry(LOOP_WITHOUT_INPUT, List.of("steps")),
				Map.entry(TEXT_TOO_LONG, List.of("language", "length", "limit")),
				Map.entry(CALLBACK_DATA_TOO_LONG, List.of("name", "bytes", "limit")),
				Map.entry(UNKNOWN_ACTION, List.of("action", "actions")),
				Map.entry(UNKNOWN_CHOICE_SOURCE, List.of("source", "sources")),
				Map.entry(DUPLICATE_CHOICE, List.of("step", "value")), Map.entry(INVALID_RANGE, List.of("min", "max")),
				Map.entry(STORE_BEFORE_CONSENT, List.of("step", "what")));

		private Codes() {
		}

	}

	static ScriptProblem at(SourcePosition position, String code, String message, String... arguments) {
		return new ScriptProblem(code, message, position.line(), position.column(), null, List.of(arguments));
	}

	/** This problem, marked as following from the problem at {@code cause}. */
	ScriptProblem followingFrom(SourcePosition cause) {
		return new ScriptProblem(this.code, this.message, this.line, this.column, cause, this.arguments);
	}

	@Override
	public String toString() {
		return this.line + ":" + this.column + " [" + this.code + "] " + this.message;
	}

}
