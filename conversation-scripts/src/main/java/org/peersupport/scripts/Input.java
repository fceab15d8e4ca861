package org.peersupport.scripts;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a step asks for. {@link AnswerParser} turns raw user input into a typed answer for
 * each kind.
 */
public sealed interface Input permits Input.Buttons, Input.Text, Input.Number, Input.Date, Input.YesNo, Input.None {

	/** The input used when a step declares none: the step only shows its prompt. */
	Input NONE = new None(SourcePosition.UNKNOWN);

	/** The name of the kind as written in the YAML {@code type} key. */
	String type();

	/** Whether the participant may skip the question. */
	boolean optional();

	SourcePosition position();

	/** Whether the step waits for the participant (every kind but {@code none}). */
	default boolean expectsAnswer() {
		return !(this instanceof None);
	}

	/**
	 * Buttons, single or multiple choice; either fixed {@code choices} or a named source
	 * ({@code choicesFrom}) whose choices the runtime fills from configuration.
	 */
	record Buttons(boolean multiple, List<Choice> choices, String choicesFrom, boolean optional,
			SourcePosition position) implements Input {

		public Buttons {
			choices = List.copyOf(choices);
		}

		/**
		 * Whether the choices come from configuration and must be resolved at runtime.
		 */
		public boolean fromSource() {
			return this.choicesFrom != null;
		}

		/** A copy with the runtime's choices for a {@code choicesFrom} source. */
		public Buttons withChoices(List<Choice> resolved) {
			return new Buttons(this.multiple, resolved, null, this.optional, this.position);
		}

		@Override
		public String type() {
			return "buttons";
		}

	}

	/**
	 * Free text between {@code minLength} and {@code maxLength} characters (code points).
	 */
	record Text(int minLength, int maxLength, boolean optional, SourcePosition position) implements Input {

		@Override
		public String type() {
			return "text";
		}

	}

	/**
	 * A number in {@code [min, max]} (either bound may be null), whole if
	 * {@code integer}.
	 */
	record Number(BigDecimal min, BigDecimal max, boolean integer, boolean optional,
			SourcePosition position) implements Input {

		@Override
		public String type() {
			return "number";
		}

	}

	/** A calendar date, limited to the past, the future or neither. */
	record Date(DateBounds allow, boolean optional, SourcePosition position) implements Input {

		@Override
		public String type() {
			return "date";
		}

	}

	/** Yes or no: buttons, or a localized word typed by the participant. */
	record YesNo(boolean optional, SourcePosition position) implements Input {

		@Override
		public String type() {
			return "yesno";
		}

	}

	/** No input: the step shows its prompt (if any), runs its actions and moves on. */
	record None(SourcePosition position) implements Input {

		@Override
		public String type() {
			return "none";
		}

		@Override
		public boolean optional() {
			return false;
		}

	}

	/**
	 * Which dates a date input accepts; today belongs to both the past and the future.
	 */
	enum DateBounds {

		PAST, FUTURE, ANY

	}

}
