package org.peersupport.safety;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CrisisWordsTests {

	private final CrisisWords words = new CrisisWords(Map.of());

	@ParameterizedTest
	@ValueSource(strings = { "I want to kill myself", "thinking about suicide again", "I feel suicidal tonight",
			"I took an overdose", "I keep cutting myself", "I self-harm when it gets bad", "He hits me every night",
			"я хочу покончить с собой", "Мне не хочется жить", "думаю о суициде", "у меня передоз", "Он избивает меня",
			"хочу убить себя", "я не хочу жити", "думки про самогубство", "вб'ю себе сьогодні", "у мене передозування",
			"він б’є мене", "myślę o samobójstwie", "Chcę się zabić... nie, chcę zabić się", "nie chcę żyć",
			"przedawkowałam leki", "tnę się znowu", "mąż bije mnie" })
	void phrasesAboutSuicideSelfHarmOverdoseOrViolenceTrigger(String message) {
		assertThat(this.words.matches(message)).as(message).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "I killed it at the job interview today", "my bill is overdue", "diet is going fine",
			"I cut my hair myself", "Thank you, I am fine", "Все хорошо, спасибо", "Я живу в Варшаве",
			"Убил весь день на документы", "хочу жить дальше и работать", "Дякую, все добре", "Я живу у Києві",
			"себе купила нову сукню", "Dziękuję, wszystko dobrze", "Zabiłam czas czytaniem" })
	void everydayPhrasesDoNotTrigger(String message) {
		if (message.startsWith("nie chcę żyć")) {
			// A whole phrase in a crisis list triggers even in an everyday sentence: it
			// errs
			// on the side of safety, and the moderator decides.
			assertThat(this.words.matches(message)).isTrue();
			return;
		}
		assertThat(this.words.matches(message)).as(message).isFalse();
	}

	@Test
	void aConfiguredListAddsPhrasesAndKeepsOtherLocalesBuiltIn() {
		CrisisWords configured = new CrisisWords(Map.of("en", List.of("jump off*")));
		assertThat(configured.matches("I will jump off the bridge")).isTrue();
		assertThat(configured.matches("I want to kill myself")).as("the English default list was replaced").isFalse();
		assertThat(configured.matches("не хочу жить")).isTrue();
	}

	@Test
	void aCrisisPhraseInsideAnEverydaySentenceStillTriggersToErrOnTheSafeSide() {
		assertThat(this.words.matches("nie chcę żyć w tym mieście, szukam mieszkania")).isTrue();
	}

	@Test
	void emptyAndMissingTextNeverTrigger() {
		assertThat(this.words.matches(null)).isFalse();
		assertThat(this.words.matches("   ")).isFalse();
	}

}
