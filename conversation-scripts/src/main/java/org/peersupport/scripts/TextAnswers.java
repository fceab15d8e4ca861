package org.peersupport.scripts;

import org.peersupport.scripts.ParsedAnswer.Codes;
import org.peersupport.scripts.ParsedAnswer.Rejected;

/**
 * Free-text answers: trimmed, length counted in code points so emoji count as one.
 */
final class TextAnswers {

	private TextAnswers() {
	}

	static ParsedAnswer parse(Input.Text input, String text) {
		if (text.isEmpty()) {
			return Rejected.of(Codes.EMPTY);
		}
		int length = text.codePointCount(0, text.length());
		if (length < input.minLength()) {
			return Rejected.of(Codes.TOO_SHORT, String.valueOf(input.minLength()));
		}
		if (length > input.maxLength()) {
			return Rejected.of(Codes.TOO_LONG, String.valueOf(input.maxLength()));
		}
		return new ParsedAnswer.Accepted(text);
	}

}
