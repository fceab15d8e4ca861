package org.peersupport.participants;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one list of skills a volunteer can offer ({@code peer.volunteers.skills}): the
 * sign-up script's buttons ({@code choicesFrom: skills}), the panel's filter and profile
 * form, and the names request categories match on. None configured means
 * {@link #DEFAULTS}.
 */
public class VolunteerSkills {

	/** The skills when none are configured, with the sign-up's labels. */
	public static final List<VolunteerSkill> DEFAULTS = List.of(
			new VolunteerSkill("psychologist",
					Map.of("ru", "Я психолог", "uk", "Я психолог", "pl", "Jestem psychologiem", "en",
							"I’m a psychologist")),
			new VolunteerSkill("job-coach",
					Map.of("ru", "Помощь с поиском работы", "uk", "Допомога з пошуком роботи", "pl",
							"Pomoc w szukaniu pracy", "en", "Help finding work")),
			new VolunteerSkill("lawyer",
					Map.of("ru", "Юридическая помощь", "uk", "Юридична допомога", "pl", "Pomoc prawna", "en",
							"Legal help")),
			new VolunteerSkill("medicine",
					Map.of("ru", "Могу купить лекарства", "uk", "Можу купити ліки", "pl", "Mogę kupić leki", "en",
							"I can buy medicine")),
			new VolunteerSkill("mentor",
					Map.of("ru", "Наставничество", "uk", "Наставництво", "pl", "Mentoring", "en", "Mentoring")),
			new VolunteerSkill("time", Map.of("ru", "Просто время и разговор", "uk", "Просто час і розмова", "pl",
					"Po prostu czas i rozmowa", "en", "Time and a listening ear")));

	private static final Logger log = LoggerFactory.getLogger(VolunteerSkills.class);

	/** The languages every skill's label should be given in. */
	private static final List<String> LOCALES = List.of("ru", "uk", "pl", "en");

	private final List<VolunteerSkill> skills;

	public VolunteerSkills(List<VolunteerSkill> skills) {
		List<VolunteerSkill> list = (skills == null || skills.isEmpty()) ? DEFAULTS : List.copyOf(skills);
		Set<String> keys = new HashSet<>();
		for (VolunteerSkill skill : list) {
			if (!keys.add(skill.key())) {
				throw new IllegalArgumentException(
						"Two skills in peer.volunteers.skills share the key '" + skill.key() + "'");
			}
		}
		this.skills = list;
		for (VolunteerSkill skill : list) {
			List<String> missing = LOCALES.stream().filter((locale) -> !skill.labels().containsKey(locale)).toList();
			if (!missing.isEmpty()) {
				log.warn("The volunteer skill '{}' has no label in {}; people reading those languages see {}",
						skill.key(), missing, skill.labels().containsKey("en") ? "the English one" : "its key");
			}
		}
	}

	/** The skills, in the order people see them. */
	public List<VolunteerSkill> all() {
		return this.skills;
	}

	/** The skills' keys, in order. */
	public List<String> keys() {
		return this.skills.stream().map(VolunteerSkill::key).toList();
	}

	/** Whether {@code key} is one of the skills. */
	public boolean contains(String key) {
		return find(key).isPresent();
	}

	/** The skill with this key. */
	public Optional<VolunteerSkill> find(String key) {
		return this.skills.stream().filter((skill) -> skill.key().equals(key)).findFirst();
	}

	/** The skill's label in {@code locale}; an unknown key as it is. */
	public String label(String key, String locale) {
		return find(key).map((skill) -> skill.label(locale)).orElse(key);
	}

}
