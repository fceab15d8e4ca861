package org.peersupport.participants;

import java.util.List;
import java.util.Map;

/**
 * One item of a programme's vetting checklist, which a moderator ticks before approving a
 * volunteer.
 *
 * @param key short stable key (lower case, digits, '-'); the approval's audit entry names
 * it
 * @param text what the moderator reads, per locale
 * @param required whether a volunteer cannot be approved until it is ticked
 */
public record VettingItem(String key, Map<String, String> text, boolean required) {

	/** The item every programme has, and always requires: the identity was checked. */
	public static final String IDENTITY_CHECKED = "identity-checked";

	/** Keys the approval's audit entry uses beside the checklist's items. */
	static final List<String> RESERVED_KEYS = List.of("status");

	/** Words the audit log refuses in a field name, as possible secrets. */
	static final List<String> SECRET_WORDS = List.of("password", "hash", "token", "secret");

	/** The checklist of a programme that configures none. */
	public static final List<VettingItem> DEFAULTS = List.of(
			new VettingItem(IDENTITY_CHECKED,
					Map.of("en", "Identity checked", "ru", "Личность проверена", "uk", "Особу перевірено", "pl",
							"Tożsamość sprawdzona"),
					true),
			new VettingItem("reference-contacted", Map.of("en", "Organisation or reference contacted", "ru",
					"Связались с организацией или рекомендателем", "uk", "Зв’язалися з організацією або рекомендувачем",
					"pl", "Kontakt z organizacją lub osobą polecającą"), false),
			new VettingItem("training-done",
					Map.of("en", "Programme training done", "ru", "Обучение программы пройдено", "uk",
							"Навчання програми пройдено", "pl", "Szkolenie programu ukończone"),
					false));

	public VettingItem {
		if (key == null || !key.matches("[a-z][a-z0-9-]{0,39}")) {
			throw new IllegalArgumentException(
					"A vetting item key is lower case, digits and '-', 1 to 40 characters: " + key);
		}
		if (RESERVED_KEYS.contains(key) || SECRET_WORDS.stream().anyMatch(key::contains)) {
			throw new IllegalArgumentException("A vetting item key must not be one of " + RESERVED_KEYS
					+ " (the approval's audit entry uses them) nor contain " + SECRET_WORDS
					+ " (the audit log refuses what looks like a secret): " + key);
		}
		text = (text != null) ? Map.copyOf(text) : Map.of();
		required = required || IDENTITY_CHECKED.equals(key);
	}

	/** The text in {@code locale}, else in English, else the key. */
	public String text(String locale) {
		return Programme.pick(this.text, locale, this.key);
	}

}
