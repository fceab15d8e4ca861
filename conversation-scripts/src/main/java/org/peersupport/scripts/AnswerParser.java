package org.peersupport.scripts;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Turns raw user input (typed text or a pressed button's value) into a typed answer or a
 * rejection, for every kind of {@link Input}. Pure: the runtime passes today's date.
 */
public final class AnswerParser {

	/** The value the runtime sends for an optional question's "Skip" button. */
	public static final String SKIP = "!skip";

	private static final AnswerParser DEFAULT = new AnswerParser(RuntimeTexts.bundled());

	private final RuntimeTexts texts;

	public AnswerParser(RuntimeTexts texts) {
		this.texts = texts;
	}

	/** Parses with the bundled runtime texts. */
	public static ParsedAnswer parse(Input input, String raw, Locale locale, LocalDate today) {
		return DEFAULT.parseAnswer(input, raw, locale, today);
	}

	/**
	 * Parses {@code raw} for {@code input}. A buttons input with {@code choicesFrom} must
	 * be resolved first with {@link Input.Buttons#withChoices}.
	 */
	public ParsedAnswer parseAnswer(Input input, String raw, Locale locale, LocalDate today) {
		String text = (raw != null) ? raw.strip() : "";
		if (input.optional() && (SKIP.equals(text) || this.texts.isWord("answer.skip.words", text))) {
			return new ParsedAnswer.Skipped();
		}
		if (input instanceof Input.Text textInput) {
			return TextAnswers.parse(textInput, text);
		}
		if (input instanceof Input.Number number) {
			return NumberAnswers.parse(number, text);
		}
		if (input instanceof Input.Date date) {
			return DateAnswers.parse(date, text, today);
		}
		if (input instanceof Input.YesNo) {
			return yesNo(text);
		}
		if (input instanceof Input.Buttons buttons) {
			return ChoiceAnswers.parse(buttons, text);
		}
		return new ParsedAnswer.Accepted(null);
	}

	private ParsedAnswer yesNo(String text) {
		if (text.equals("yes") || this.texts.isWord("answer.yes.words", text)) {
			return new ParsedAnswer.Accepted(Boolean.TRUE);
		}
		if (text.equals("no") || this.texts.isWord("answer.no.words", text)) {
			return new ParsedAnswer.Accepted(Boolean.FALSE);
		}
		return ParsedAnswer.Rejected.of(ParsedAnswer.Codes.NOT_YES_NO);
	}

}
