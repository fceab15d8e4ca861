package org.peersupport.groups;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What a moderator sets when activating a group.
 *
 * @param name what staff call the group
 * @param programme the programme whose people are placed there
 * @param language the language spoken there (ru, uk, pl, en)
 * @param capacity how many participants it takes (1–200)
 * @param rules the rules text a newcomer agrees to
 * @param moderatorsChat the chat that gets the group's alerts and reports (one the bot is
 * in: see {@link ModeratorsChats#usable}), or null for the moderators' chat from
 * configuration
 */
public record GroupSettings(String name, String programme, String language, int capacity, String rules,
		Long moderatorsChat) {

	/** The languages a group can speak: the bot's. */
	public static final Set<String> LANGUAGES = Set.of("ru", "uk", "pl", "en");

	/** The longest rules text: it goes in one message with a few lines around it. */
	public static final int MAX_RULES = 3000;

	/** The largest capacity a moderator may set. */
	public static final int MAX_CAPACITY = 200;

	public GroupSettings {
		Objects.requireNonNull(programme, "programme");
		language = Objects.requireNonNull(language, "language").toLowerCase(Locale.ROOT);
		if (!LANGUAGES.contains(language)) {
			throw new IllegalArgumentException("Unknown group language: " + language);
		}
		if (capacity < 1 || capacity > MAX_CAPACITY) {
			throw new IllegalArgumentException("Capacity must be 1 to " + MAX_CAPACITY + ": " + capacity);
		}
		if (rules == null || rules.isBlank()) {
			throw new IllegalArgumentException("A group needs rules");
		}
		if (rules.strip().length() > MAX_RULES) {
			throw new IllegalArgumentException("Rules must have at most " + MAX_RULES + " characters");
		}
		name = (name != null) ? name.strip() : "";
		rules = rules.strip();
	}

	/** Settings whose alerts go to the moderators' chat from configuration. */
	public GroupSettings(String name, String programme, String language, int capacity, String rules) {
		this(name, programme, language, capacity, rules, null);
	}

}
