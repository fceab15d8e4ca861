package org.peersupport.scripts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.peersupport.scripts.Branch.AnswerEquals;
import org.peersupport.scripts.Branch.FieldEquals;
import org.peersupport.scripts.Branch.FieldPresent;

/**
 * Resolves a step's transitions: branches in order, then {@code next}, then the end.
 */
public final class Transitions {

	private Transitions() {
	}

	/** The id of the step after {@code step}, empty when the conversation ends. */
	public static Optional<String> nextStepId(Step step, Map<String, Object> fields, Object answer) {
		for (Branch branch : step.branches()) {
			if (holds(branch.when(), fields, answer)) {
				return Optional.of(branch.target());
			}
		}
		return Optional.ofNullable(step.next());
	}

	/** Whether a branch condition holds for these fields and answer. */
	public static boolean holds(Branch.Condition condition, Map<String, Object> fields, Object answer) {
		if (condition instanceof AnswerEquals answerEquals) {
			return matches(answer, answerEquals.value());
		}
		if (condition instanceof FieldEquals fieldEquals) {
			return matches(fields.get(fieldEquals.field()), fieldEquals.value());
		}
		FieldPresent fieldPresent = (FieldPresent) condition;
		Object value = fields.get(fieldPresent.field());
		boolean present = value != null && !(value instanceof Collection<?> list && list.isEmpty());
		return present == fieldPresent.present();
	}

	/**
	 * Whether a typed value matches a value written in a script: a list matches when one
	 * element does, numbers compare numerically, booleans as yes/no.
	 */
	public static boolean matches(Object actual, String expected) {
		if (actual == null || expected == null) {
			return false;
		}
		if (actual instanceof Collection<?> values) {
			return values.stream().anyMatch((value) -> matches(value, expected));
		}
		if (actual instanceof Boolean bool) {
			Boolean wanted = yesNo(expected);
			return bool.equals(wanted);
		}
		if (actual instanceof java.lang.Number number) {
			BigDecimal wanted = decimal(expected);
			return wanted != null && new BigDecimal(number.toString()).compareTo(wanted) == 0;
		}
		return asText(actual).equals(expected);
	}

	/**
	 * The text form of a typed answer, as placeholders show it and scripts compare it.
	 */
	public static String asText(Object value) {
		if (value instanceof Boolean bool) {
			return bool ? "yes" : "no";
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.stripTrailingZeros().toPlainString();
		}
		if (value instanceof LocalDate date) {
			return date.toString();
		}
		if (value instanceof Collection<?> values) {
			return String.join(", ", values.stream().map(Transitions::asText).toList());
		}
		return String.valueOf(value);
	}

	static Boolean yesNo(String text) {
		return switch (text.toLowerCase(Locale.ROOT)) {
			case "yes", "true" -> Boolean.TRUE;
			case "no", "false" -> Boolean.FALSE;
			default -> null;
		};
	}

	static BigDecimal decimal(String text) {
		try {
			return new BigDecimal(text.trim());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
