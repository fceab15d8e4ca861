package org.peersupport.participants;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Four example programmes, modelled on the NGOs the bot serves; used until
 * {@code peer.programmes} is configured. Every NGO must put its own support lines there.
 */
final class ExamplePrograms {

	/**
	 * No support line in the examples: a person in crisis is told to call 112 until the
	 * NGO configures its own lines.
	 */
	private static final Map<String, String> NO_LINES = Map.of();

	/** Mentors are vetted further: the mentors' school and the signed agreement. */
	private static final List<VettingItem> MENTOR_VETTING = List.of(VettingItem.DEFAULTS.get(0),
			VettingItem.DEFAULTS.get(1),
			new VettingItem("mentor-school",
					Map.of("en", "Mentors' school finished", "ru", "Школа наставников окончена", "uk",
							"Школу наставників закінчено", "pl", "Szkoła mentorów ukończona"),
					true),
			new VettingItem("agreement-signed",
					Map.of("en", "Written consent and confidentiality agreement signed", "ru",
							"Письменное согласие и соглашение о конфиденциальности подписаны", "uk",
							"Письмову згоду та угоду про конфіденційність підписано", "pl",
							"Pisemna zgoda i umowa o poufności podpisane"),
					false));

	static final List<Programme> ALL = List.of(
			new Programme("women-after-prison",
					Map.of("ru", "Женщины после освобождения", "uk", "Жінки після звільнення", "pl",
							"Kobiety po wyjściu z więzienia", "en", "Women after prison"),
					NO_LINES, NO_LINES, false, ZoneId.of("Europe/Moscow"), null, List.of(Programme.RELEASE_DATE)),
			new Programme("recovery",
					Map.of("ru", "Программа восстановления", "uk", "Програма відновлення", "pl", "Program zdrowienia",
							"en", "Recovery programme"),
					NO_LINES, NO_LINES, false, ZoneId.of("Europe/Kyiv"), null, null),
			new Programme("family-mentors",
					Map.of("ru", "Семьи с наставниками", "uk", "Родини з наставниками", "pl", "Rodziny z mentorami",
							"en", "Families with mentors"),
					NO_LINES, NO_LINES, false, ZoneId.of("Europe/Warsaw"), MENTOR_VETTING, null),
			new Programme("circles", Map.of("ru", "Круги поддержки", "uk", "Кола підтримки", "pl", "Kręgi wsparcia",
					"en", "Circles of support"), NO_LINES, NO_LINES, true, ZoneId.of("Europe/Warsaw"), null, null));

	private ExamplePrograms() {
	}

}
