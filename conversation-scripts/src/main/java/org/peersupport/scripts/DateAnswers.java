package org.peersupport.scripts;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;

import org.peersupport.scripts.ParsedAnswer.Codes;
import org.peersupport.scripts.ParsedAnswer.Rejected;

/**
 * Date answers in the common written forms: 2025-03-14, 14.03.2025, 14/03/2025,
 * 14-03-2025 (day and month may have one digit).
 */
final class DateAnswers {

	private static final List<DateTimeFormatter> FORMATS = List.of(strict("uuuu-M-d"), strict("d.M.uuuu"),
			strict("d/M/uuuu"), strict("d-M-uuuu"));

	private DateAnswers() {
	}

	static ParsedAnswer parse(Input.Date input, String text, LocalDate today) {
		if (text.isEmpty()) {
			return Rejected.of(Codes.EMPTY);
		}
		LocalDate date = read(text.replaceAll("\\s+", ""));
		if (date == null) {
			return Rejected.of(Codes.NOT_A_DATE);
		}
		if (input.allow() == Input.DateBounds.PAST && date.isAfter(today)) {
			return Rejected.of(Codes.DATE_IN_FUTURE);
		}
		if (input.allow() == Input.DateBounds.FUTURE && date.isBefore(today)) {
			return Rejected.of(Codes.DATE_IN_PAST);
		}
		return new ParsedAnswer.Accepted(date);
	}

	private static LocalDate read(String text) {
		for (DateTimeFormatter format : FORMATS) {
			try {
				return LocalDate.parse(text, format);
			}
			catch (DateTimeParseException ex) {
				// not this form; the next one may fit
			}
		}
		return null;
	}

	private static DateTimeFormatter strict(String pattern) {
		return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
	}

}
