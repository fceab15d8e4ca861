package org.peersupport.scripts;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import org.peersupport.scripts.ParsedAnswer.Codes;
import org.peersupport.scripts.ParsedAnswer.Rejected;

/**
 * Number answers: digits with an optional sign and a decimal point or comma; spaces
 * between digit groups are ignored ("1 000").
 */
final class NumberAnswers {

	private static final Pattern NUMBER = Pattern.compile("[+-]?\\d{1,15}([.,]\\d{1,10})?");

	private NumberAnswers() {
	}

	static ParsedAnswer parse(Input.Number input, String text) {
		if (text.isEmpty()) {
			return Rejected.of(Codes.EMPTY);
		}
		String compact = text.replaceAll("(?<=\\d)[\\s\\u00A0\\u202F](?=\\d{3})", "");
		if (!NUMBER.matcher(compact).matches()) {
			return Rejected.of(Codes.NOT_A_NUMBER);
		}
		BigDecimal value = new BigDecimal(compact.replace(',', '.'));
		if (input.integer() && value.stripTrailingZeros().scale() > 0) {
			return Rejected.of(Codes.NOT_A_WHOLE_NUMBER);
		}
		BigDecimal min = input.min();
		BigDecimal max = input.max();
		boolean tooSmall = min != null && value.compareTo(min) < 0;
		boolean tooLarge = max != null && value.compareTo(max) > 0;
		if ((tooSmall || tooLarge) && min != null && max != null) {
			return Rejected.of(Codes.OUT_OF_RANGE, plain(min), plain(max));
		}
		if (tooSmall) {
			return Rejected.of(Codes.TOO_SMALL, plain(min));
		}
		if (tooLarge) {
			return Rejected.of(Codes.TOO_LARGE, plain(max));
		}
		return new ParsedAnswer.Accepted(input.integer() ? value.setScale(0) : value);
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

}
