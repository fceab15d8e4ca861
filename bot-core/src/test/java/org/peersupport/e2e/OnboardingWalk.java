package org.peersupport.e2e;

/**
 * The labels a person presses to go through onboarding in one language.
 */
record OnboardingWalk(String telegramLanguage, String language, String consent, String agree, String programme,
		String need, String done, String thanks, String moscow) {

	static final OnboardingWalk ENGLISH = new OnboardingWalk("en", "English", "Before we begin", "I agree",
			"Women after prison", "Help finding work", "Done", "Thank you, ", "Moscow");

	static final OnboardingWalk RUSSIAN = new OnboardingWalk("ru", "Русский", "Прежде чем мы начнём", "Я даю согласие",
			"Женщины после освобождения", "Помощь с работой", "Готово", "Спасибо, ", "Москва");

	static final OnboardingWalk UKRAINIAN = new OnboardingWalk("uk", "Українська", "Перш ніж почнемо", "Я погоджуюся",
			"Жінки після звільнення", "Допомога з роботою", "Готово", "Дякуємо, ", "Москва");

	static final OnboardingWalk POLISH = new OnboardingWalk("pl", "Polski", "Zanim zaczniemy", "Zgadzam się",
			"Kobiety po wyjściu z więzienia", "Pomoc w szukaniu pracy", "Gotowe", "Dziękujemy, ", "Moskwa");

	/** Goes through the whole onboarding, answering every question. */
	void complete(Person person, String pseudonym) {
		person.says("/start");
		person.presses(this.language);
		person.presses(this.agree);
		person.presses(this.programme);
		person.says("14.03.2025");
		person.presses(this.need).presses(this.done);
		person.says(pseudonym);
		person.presses(person.lastButtons().get(0));
	}

	@Override
	public String toString() {
		return this.language;
	}

}
