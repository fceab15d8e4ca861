package org.peersupport.groups;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The days an invite link works agree with their number in every language ("1 день, 2
 * дня, 5 дней, 21 день, 22 дня").
 */
class GroupTextsTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			ru | 1  | Ссылка работает 1 день.
			ru | 2  | Ссылка работает 2 дня.
			ru | 5  | Ссылка работает 5 дней.
			ru | 21 | Ссылка работает 21 день.
			ru | 22 | Ссылка работает 22 дня.
			ru | 11 | Ссылка работает 11 дней.
			uk | 1  | Посилання діє 1 день.
			uk | 2  | Посилання діє 2 дні.
			uk | 5  | Посилання діє 5 днів.
			uk | 21 | Посилання діє 21 день.
			uk | 22 | Посилання діє 22 дні.
			uk | 12 | Посилання діє 12 днів.
			pl | 1  | Link działa przez 1 dzień.
			pl | 2  | Link działa przez 2 dni.
			pl | 5  | Link działa przez 5 dni.
			pl | 21 | Link działa przez 21 dni.
			pl | 22 | Link działa przez 22 dni.
			en | 1  | The link works for 1 day.
			en | 7  | The link works for 7 days.
			""")
	void theDaysALinkWorksAgreeWithTheirNumber(String language, long days, String ending) {
		assertThat(GroupTexts.get("link", language, "https://t.me/+abc", days)).contains("\nhttps://t.me/+abc\n")
			.endsWith("\n" + ending);
	}

}
