package org.peersupport.checkins;

import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;

import org.quartz.CronExpression;

/**
 * Checks the days of a check-in phase (the last three fields of a Quartz cron expression)
 * and says why a bad one is refused, as a reason the panel can put in words.
 */
public final class PhaseDays {

	private PhaseDays() {
	}

	/**
	 * Why the days are refused, if they are.
	 * @param days e.g. {@code "* * ?"} or {@code "? * MON,THU"}
	 */
	public static Optional<Refusal> check(String days) {
		if (days == null || days.isBlank()) {
			return Optional.of(new Refusal(Reason.FIELDS, ""));
		}
		if (days.trim().split("\\s+").length != 3) {
			return Optional.of(new Refusal(Reason.FIELDS, ""));
		}
		CronExpression expression;
		try {
			expression = new CronExpression("0 0 10 " + days.trim());
		}
		catch (ParseException ex) {
			return Optional.of(new Refusal(reasonOf(ex.getMessage()), String.valueOf(ex.getMessage())));
		}
		catch (RuntimeException ex) {
			// Quartz throws an index or number exception for some malformed fields
			return Optional.of(new Refusal(Reason.SYNTAX, ex.getClass().getSimpleName()));
		}
		if (expression.getNextValidTimeAfter(Date.from(Instant.parse("2026-01-01T00:00:00Z"))) == null) {
			return Optional.of(new Refusal(Reason.NEVER, ""));
		}
		return Optional.empty();
	}

	private static Reason reasonOf(String message) {
		String text = (message != null) ? message.toLowerCase(Locale.ROOT) : "";
		if (text.contains("both a day-of-week and a day-of-month") || text.contains("'?' can only")) {
			return Reason.DAY_FIELDS;
		}
		if (text.contains("day of month") || text.contains("'w' option")) {
			return Reason.DAY_OF_MONTH;
		}
		if (text.contains("month")) {
			return Reason.MONTH;
		}
		if (text.contains("day-of-week")) {
			return Reason.DAY_OF_WEEK;
		}
		return Reason.SYNTAX;
	}

	/** Why days were refused. */
	public enum Reason {

		/** Not three fields (day of month, month, day of week). */
		FIELDS,

		/** Not exactly one of day of month and day of week is {@code ?}. */
		DAY_FIELDS,

		/** A day of month outside 1–31 or misused. */
		DAY_OF_MONTH,

		/** A month outside 1–12 or JAN–DEC. */
		MONTH,

		/** A day of week outside 1–7 or SUN–SAT. */
		DAY_OF_WEEK,

		/** Read, but no date ever matches (e.g. 30 February). */
		NEVER,

		/** Anything else Quartz cannot read. */
		SYNTAX;

		/** The reason's name in message keys, e.g. {@code day-fields}. */
		public String key() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

	}

	/**
	 * A refusal: its reason, and Quartz's own words (English) for a reason not put in
	 * words otherwise.
	 */
	public record Refusal(Reason reason, String detail) {
	}

}
