package org.peersupport.scripts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.peersupport.scripts.Branch.AnswerEquals;
import org.peersupport.scripts.ScriptProblem.Codes;

/**
 * Finds branches no answer can take: an answer the input cannot produce, or a condition
 * an earlier branch of the same step already takes.
 */
final class BranchChecks {

	private BranchChecks() {
	}

	static void check(Step step, List<ScriptProblem> problems) {
		Set<Branch.Condition> earlier = new HashSet<>();
		for (Branch branch : step.branches()) {
			String reason = null;
			if (!earlier.add(branch.when())) {
				reason = "an earlier branch of the step has the same condition";
			}
			else if (branch.when() instanceof AnswerEquals answer) {
				reason = impossibleAnswer(step.input(), answer.value());
			}
			if (reason != null) {
				problems.add(ScriptProblem.at(branch.position(), Codes.DEAD_BRANCH, "The branch of step '" + step.id()
						+ "' to '" + branch.target() + "' can never be taken: " + reason, step.id(), branch.target()));
			}
		}
	}

	/** Why {@code input} can never produce {@code value}, or null if it can. */
	static String impossibleAnswer(Input input, String value) {
		if (input instanceof Input.None) {
			return "the step has no input, so there is no answer";
		}
		if (input instanceof Input.Buttons buttons) {
			boolean offered = buttons.fromSource()
					|| buttons.choices().stream().anyMatch((choice) -> choice.value().equals(value));
			return offered ? null : "no choice has the value '" + value + "'";
		}
		if (input instanceof Input.YesNo) {
			return (Transitions.yesNo(value) != null) ? null : "a yes/no answer is 'yes' or 'no', not '" + value + "'";
		}
		if (input instanceof Input.Number number) {
			return impossibleNumber(number, value);
		}
		if (input instanceof Input.Date) {
			try {
				LocalDate.parse(value);
				return null;
			}
			catch (DateTimeParseException ex) {
				return "'" + value + "' is not a date written as YYYY-MM-DD";
			}
		}
		Input.Text text = (Input.Text) input;
		int length = value.codePointCount(0, value.length());
		return (length < text.minLength() || length > text.maxLength())
				? "the answer must be " + text.minLength() + " to " + text.maxLength() + " characters long" : null;
	}

	private static String impossibleNumber(Input.Number number, String value) {
		BigDecimal wanted = Transitions.decimal(value);
		if (wanted == null) {
			return "'" + value + "' is not a number";
		}
		if ((number.min() != null && wanted.compareTo(number.min()) < 0)
				|| (number.max() != null && wanted.compareTo(number.max()) > 0)) {
			return value + " is outside the allowed range";
		}
		if (number.integer() && wanted.stripTrailingZeros().scale() > 0) {
			return value + " is not a whole number";
		}
		return null;
	}

}
