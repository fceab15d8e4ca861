package org.peersupport.scripts;

/**
 * A conditional transition: when the condition holds, the conversation goes to
 * {@code target}.
 */
public record Branch(Condition when, String target, SourcePosition position, SourcePosition targetPosition) {

	/** What a branch tests: the answer just given, or a stored field. */
	public sealed interface Condition permits AnswerEquals, FieldEquals, FieldPresent {

	}

	/** The answer equals {@code value} (for a multi-choice answer: contains it). */
	public record AnswerEquals(String value) implements Condition {

	}

	/** The stored field equals {@code value} (for a list: contains it). */
	public record FieldEquals(String field, String value) implements Condition {

	}

	/** The stored field is present (or absent when {@code present} is false). */
	public record FieldPresent(String field, boolean present) implements Condition {

	}

}
