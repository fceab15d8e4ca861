package org.peersupport.safety;

import java.util.List;
import java.util.Map;

/**
 * Words of distress that are not crisis words ("I feel terrible", "мне очень плохо", "I
 * have no medicine left"): a message with them, written outside any conversation, gets
 * the line to call beside the note that the team was told. Matched like
 * {@link CrisisWords} ({@code *} a word prefix), each phrase's words in the order
 * written.
 */
public class DistressWords {

	static final Map<String, List<String>> DEFAULTS = Map.of("en",
			List.of("help", "terrible", "awful", "scared", "afraid", "frightened", "hopeless", "desperate", "alone",
					"no medicine", "no money", "nowhere to", "hungry", "homeless", "relaps*"),
			"ru",
			List.of("помог*", "помощь", "плохо", "тяжело", "страшно", "боюсь", "одна", "один", "отчаян*", "безнадеж*",
					"нет лекарств", "нет денег", "негде", "голод*", "сорвал*", "срыв*"),
			"uk",
			List.of("допомож*", "допомога", "погано", "важко", "страшно", "боюся", "сама", "сам", "відчай*",
					"безнадій*", "немає ліків", "нема ліків", "немає грошей", "ніде", "голод*", "зірвал*", "зрив*"),
			"pl",
			List.of("pomoc*", "pomóż*", "źle", "ciężko", "strach*", "boję", "sama", "sam", "rozpacz*", "beznadziej*",
					"nie mam leków", "brak leków", "nie mam pieniędzy", "nie mam gdzie", "głod*", "nawrót*"));

	private final Phrases phrases = Phrases.ordered(DEFAULTS.values().stream().flatMap(List::stream).toList());

	/** Whether the text sounds like the person is struggling. */
	public boolean matches(String text) {
		return text != null && this.phrases.foundIn(Phrases.sentences(text));
	}

}
