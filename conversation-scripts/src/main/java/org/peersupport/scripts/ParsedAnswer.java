package org.peersupport.scripts;

import java.util.List;

/**
 * The outcome of parsing raw user input for a step: a typed value, a skip, or a rejection
 * whose code picks the re-ask message ({@code reask.<code>} in {@link RuntimeTexts}).
 */
public sealed interface ParsedAnswer permits ParsedAnswer.Accepted, ParsedAnswer.Skipped, ParsedAnswer.Rejected {

	/**
	 * A valid answer. The value is a {@code String} (text, single choice),
	 * {@code List<String>} (multiple choice), {@code BigDecimal} (number),
	 * {@code LocalDate} (date), {@code Boolean} (yes/no) or null (no input).
	 */
	record Accepted(Object value) implements ParsedAnswer {

	}

	/** The participant skipped an optional question; nothing is stored. */
	record Skipped() implements ParsedAnswer {

	}

	/**
	 * Input that does not fit; {@code args} fill the re-ask message (e.g. the bounds).
	 */
	record Rejected(String code, List<String> args) implements ParsedAnswer {

		public Rejected {
			args = List.copyOf(args);
		}

		static Rejected of(String code, String... args) {
			return new Rejected(code, List.of(args));
		}

	}

	/** Rejection codes; each has a {@code reask.<code>} message in every locale. */
	final class Codes {

		public static final String EMPTY = "empty";

		public static final String TOO_SHORT = "too-short";

		public static final String TOO_LONG = "too-long";

		public static final String NOT_A_NUMBER = "not-a-number";

		public static final String NOT_A_WHOLE_NUMBER = "not-a-whole-number";

		public static final String OUT_OF_RANGE = "out-of-range";

		public static final String TOO_SMALL = "too-small";

		public static final String TOO_LARGE = "too-large";

		public static final String NOT_A_DATE = "not-a-date";

		public static final String DATE_IN_FUTURE = "date-in-future";

		public static final String DATE_IN_PAST = "date-in-past";

		public static final String NOT_YES_NO = "not-yes-no";

		public static final String NOT_A_CHOICE = "not-a-choice";

		/** "Done" pressed on a several-choice question with nothing chosen. */
		public static final String NONE_CHOSEN = "none-chosen";

		/** Text written where a several-choice question expects presses. */
		public static final String NOT_CHOICES = "not-choices";

		/** Every code, for the bundle completeness test. */
		public static final List<String> ALL = List.of(EMPTY, TOO_SHORT, TOO_LONG, NOT_A_NUMBER, NOT_A_WHOLE_NUMBER,
				OUT_OF_RANGE, TOO_SMALL, TOO_LARGE, NOT_A_DATE, DATE_IN_FUTURE, DATE_IN_PAST, NOT_YES_NO, NOT_A_CHOICE,
				NONE_CHOSEN, NOT_CHOICES);

		private Codes() {
		}

	}

}
