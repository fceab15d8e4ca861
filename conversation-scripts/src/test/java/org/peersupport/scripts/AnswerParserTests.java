package org.peersupport.scripts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AnswerParserTests {

	private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

	private static final Locale RU = Locale.forLanguageTag("ru");

	private static final Locale UK = Locale.forLanguageTag("uk");

	private static final Locale PL = Locale.forLanguageTag("pl");

	private static final SourcePosition AT = SourcePosition.UNKNOWN;

	private static final Input.Buttons NEEDS = new Input.Buttons(true,
			List.of(new Choice("job", Map.of("en", "💼 Job help", "ru", "💼 Работа"), AT),
					new Choice("legal", Map.of("en", "Legal help", "ru", "Юридическая помощь"), AT)),
			null, false, AT);

	private static ParsedAnswer parse(Input input, String raw, Locale locale) {
		return AnswerParser.parse(input, raw, locale, TODAY);
	}

	private static Object accepted(ParsedAnswer answer) {
		assertThat(answer).isInstanceOf(ParsedAnswer.Accepted.class);
		return ((ParsedAnswer.Accepted) answer).value();
	}

	private static String rejection(ParsedAnswer answer) {
		assertThat(answer).isInstanceOf(ParsedAnswer.Rejected.class);
		return ((ParsedAnswer.Rejected) answer).code();
	}

	@Test
	void textIsTrimmedAndMeasuredInCodePoints() {
		Input.Text pseudonym = new Input.Text(2, 5, false, AT);

		assertThat(accepted(parse(pseudonym, "  Лиса  ", RU))).isEqualTo("Лиса");
		assertThat(accepted(parse(pseudonym, "🦊🦊🦊🦊🦊", PL))).isEqualTo("🦊🦊🦊🦊🦊");
		assertThat(rejection(parse(pseudonym, "Я", RU))).isEqualTo("too-short");
		assertThat(rejection(parse(pseudonym, "Kasia B.", PL))).isEqualTo("too-long");
		assertThat(rejection(parse(pseudonym, "   ", Locale.ENGLISH))).isEqualTo("empty");
		assertThat(rejection(parse(pseudonym, null, Locale.ENGLISH))).isEqualTo("empty");
	}

	@ParameterizedTest
	@CsvSource(delimiter = ';', value = { "3;3", " 7 ;7", "1 000;1000", "-0;0" })
	void wholeNumbersAreAccepted(String raw, String expected) {
		Input.Number anyWhole = new Input.Number(null, null, true, false, AT);

		assertThat(accepted(parse(anyWhole, raw, RU))).isEqualTo(new BigDecimal(expected));
	}

	@Test
	void decimalsAcceptCommaOrPointAndWholeNumbersRejectFractions() {
		Input.Number decimal = new Input.Number(BigDecimal.ZERO, BigDecimal.TEN, false, false, AT);
		Input.Number whole = new Input.Number(BigDecimal.ONE, BigDecimal.TEN, true, false, AT);

		assertThat(accepted(parse(decimal, "2,5", PL))).isEqualTo(new BigDecimal("2.5"));
		assertThat(accepted(parse(decimal, "2.5", Locale.ENGLISH))).isEqualTo(new BigDecimal("2.5"));
		assertThat(rejection(parse(whole, "2,5", UK))).isEqualTo("not-a-whole-number");
		assertThat(rejection(parse(whole, "five", Locale.ENGLISH))).isEqualTo("not-a-number");
		assertThat(rejection(parse(whole, "5 лет", RU))).isEqualTo("not-a-number");
	}

	@Test
	void numbersOutsideTheRangeAreRejectedWithTheBounds() {
		Input.Number range = new Input.Number(BigDecimal.ONE, BigDecimal.TEN, true, false, AT);
		Input.Number atLeastOne = new Input.Number(BigDecimal.ONE, null, true, false, AT);
		Input.Number atMostTen = new Input.Number(null, BigDecimal.TEN, true, false, AT);

		assertThat(parse(range, "11", RU)).isEqualTo(new ParsedAnswer.Rejected("out-of-range", List.of("1", "10")));
		assertThat(parse(atLeastOne, "0", RU)).isEqualTo(new ParsedAnswer.Rejected("too-small", List.of("1")));
		assertThat(parse(atMostTen, "11", RU)).isEqualTo(new ParsedAnswer.Rejected("too-large", List.of("10")));
		assertThat(accepted(parse(range, "10", RU))).isEqualTo(BigDecimal.TEN);
	}

	@ParameterizedTest
	@ValueSource(strings = { "2025-03-14", "14.03.2025", "14/03/2025", "14-03-2025", "14.3.2025", " 14 . 03 . 2025 " })
	void commonDateFormsAreAccepted(String raw) {
		Input.Date past = new Input.Date(Input.DateBounds.PAST, false, AT);

		assertThat(accepted(parse(past, raw, UK))).isEqualTo(LocalDate.of(2025, 3, 14));
	}

	@Test
	void datesAreCheckedAgainstTheirBoundsAndTheCalendar() {
		Input.Date past = new Input.Date(Input.DateBounds.PAST, false, AT);
		Input.Date future = new Input.Date(Input.DateBounds.FUTURE, false, AT);

		assertThat(rejection(parse(past, "02.06.2025", RU))).isEqualTo("date-in-future");
		assertThat(accepted(parse(past, "01.06.2025", RU))).isEqualTo(TODAY);
		assertThat(rejection(parse(future, "31.05.2025", PL))).isEqualTo("date-in-past");
		assertThat(accepted(parse(future, "01.06.2025", PL))).isEqualTo(TODAY);
		assertThat(rejection(parse(past, "31.02.2025", Locale.ENGLISH))).isEqualTo("not-a-date");
		assertThat(rejection(parse(past, "last spring", Locale.ENGLISH))).isEqualTo("not-a-date");
	}

	@ParameterizedTest
	@CsvSource({ "yes,true", "no,false", "Да,true", "нет,false", "Так!,true", "ні,false", "tak,true", "Nie,false",
			"Yes.,true", "not now,false", "ок,true" })
	void yesNoAcceptsButtonsAndLocalizedWords(String raw, boolean expected) {
		assertThat(accepted(parse(new Input.YesNo(false, AT), raw, RU))).isEqualTo(expected);
	}

	@Test
	void yesNoRejectsAnythingElse() {
		assertThat(rejection(parse(new Input.YesNo(false, AT), "может быть", RU))).isEqualTo("not-yes-no");
	}

	@Test
	void singleChoiceAcceptsTheButtonValueOrATypedLabel() {
		Input.Buttons single = new Input.Buttons(false, NEEDS.choices(), null, false, AT);

		assertThat(accepted(parse(single, "legal", RU))).isEqualTo("legal");
		assertThat(accepted(parse(single, "работа", RU))).isEqualTo("job");
		assertThat(accepted(parse(single, "Legal help!", Locale.ENGLISH))).isEqualTo("legal");
		assertThat(rejection(parse(single, "housing", Locale.ENGLISH))).isEqualTo("not-a-choice");
	}

	@Test
	void multipleChoiceAcceptsSeveralValuesOnceEach() {
		assertThat(accepted(parse(NEEDS, "job,legal,job", PL))).isEqualTo(List.of("job", "legal"));
		assertThat(rejection(parse(NEEDS, "job,space", PL))).isEqualTo("not-choices");
		assertThat(rejection(parse(NEEDS, "", PL))).isEqualTo("none-chosen");
		assertThat(rejection(parse(NEEDS, ",", PL))).isEqualTo("none-chosen");
	}

	@Test
	void choicesFromConfigurationMustBeResolvedFirst() {
		Input.Buttons programmes = new Input.Buttons(false, List.of(), "programmes", false, AT);

		assertThatIllegalArgumentException().isThrownBy(() -> parse(programmes, "x", RU));
		assertThat(accepted(parse(programmes.withChoices(List.of(Choice.of("women", "Women’s circle"))), "women", RU)))
			.isEqualTo("women");
	}

	@Test
	void optionalQuestionsCanBeSkippedByButtonOrWord() {
		Input.Date optional = new Input.Date(Input.DateBounds.PAST, true, AT);
		Input.Date required = new Input.Date(Input.DateBounds.PAST, false, AT);

		assertThat(parse(optional, AnswerParser.SKIP, RU)).isInstanceOf(ParsedAnswer.Skipped.class);
		assertThat(parse(optional, "пропустить", RU)).isInstanceOf(ParsedAnswer.Skipped.class);
		assertThat(parse(optional, "Pomiń", PL)).isInstanceOf(ParsedAnswer.Skipped.class);
		assertThat(rejection(parse(required, AnswerParser.SKIP, RU))).isEqualTo("not-a-date");
	}

	@Test
	void stepWithoutInputAcceptsNothing() {
		assertThat(accepted(parse(Input.NONE, "hello", RU))).isNull();
	}

}
