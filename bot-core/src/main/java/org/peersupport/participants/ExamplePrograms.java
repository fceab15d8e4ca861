package org.peersupport.participants;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Four example programmes, modelled on the NGOs the bot serves; used until
 * {@code peer.programmes} is configured. Every NGO must put its own hotline texts there.
 */
final class ExamplePrograms {

	private static final Map<String, String> EMERGENCY = Map.of("ru",
			"Если вам грозит опасность или вы думаете о том, чтобы причинить себе вред, позвоните прямо сейчас по номеру 112. Вы не одни: модератор вашей программы тоже уже знает и скоро напишет вам.",
			"uk",
			"Якщо вам загрожує небезпека або ви думаєте про те, щоб завдати собі шкоди, зателефонуйте просто зараз за номером 112. Ви не самі: модератор вашої програми теж уже знає і скоро напише вам.",
			"pl",
			"Jeśli grozi Ci niebezpieczeństwo albo myślisz o zrobieniu sobie krzywdy, zadzwoń teraz pod numer 112. Nie jesteś sam ani sama: moderator Twojego programu już wie i wkrótce do Ciebie napisze.",
			"en",
			"If you are in danger or thinking about hurting yourself, please call 112 right now. You are not alone: a moderator of your programme has been told and will write to you soon.");

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
					EMERGENCY, false, ZoneId.of("Europe/Moscow"), null, List.of(Programme.RELEASE_DATE)),
			new Programme("recovery",
					Map.of("ru", "Программа восстановления", "uk", "Програма відновлення", "pl", "Program zdrowienia",
							"en", "Recovery programme"),
					EMERGENCY, false, ZoneId.of("Europe/Kyiv"), null, null),
			new Programme("family-mentors",
					Map.of("ru", "Семьи с наставниками", "uk", "Родини з наставниками", "pl", "Rodziny z mentorami",
							"en", "Families with mentors"),
					EMERGENCY, false, ZoneId.of("Europe/Warsaw"), MENTOR_VETTING, null),
			new Programme("circles", Map.of("ru", "Круги поддержки", "uk", "Кола підтримки", "pl", "Kręgi wsparcia",
					"en", "Circles of support"), EMERGENCY, true, ZoneId.of("Europe/Warsaw"), null, null));

	private ExamplePrograms() {
	}

}
