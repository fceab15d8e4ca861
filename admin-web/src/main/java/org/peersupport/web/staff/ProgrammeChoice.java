package org.peersupport.web.staff;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.peersupport.participants.Programme;
import org.peersupport.participants.Programmes;

import org.springframework.stereotype.Component;

/**
 * The programmes an admin picks for a moderator: the configured ones, by name. A key
 * posted that no programme has (a typo, a programme removed since the page was shown, a
 * hand-made request) is refused with its words, never saved.
 */
@Component
class ProgrammeChoice {

	/** How many unknown keys the refusal repeats, and how much of each. */
	/** The id of the picker's fieldset in {@code staff/picker.html}. */
	static final String PICKER = "programme-picker";

	private static final int SHOWN_UNKNOWN = 3;

	private static final int SHOWN_LENGTH = 40;

	private final Programmes programmes;

	ProgrammeChoice(Programmes programmes) {
		this.programmes = programmes;
	}

	/** Every configured programme, in configuration order. */
	List<Programme> all() {
		return this.programmes.all();
	}

	/** The programmes' names in {@code language}, in configuration order, for a list. */
	String names(Set<String> keys, String language) {
		return this.programmes.all()
			.stream()
			.filter((programme) -> keys.contains(programme.key()))
			.map((programme) -> programme.name(language))
			.collect(Collectors.joining(", "));
	}

	/** The posted keys, blank ones dropped, sorted. */
	static Set<String> picked(Collection<String> posted) {
		return (posted != null) ? posted.stream()
			.map(String::strip)
			.filter((key) -> !key.isEmpty())
			.collect(Collectors.toCollection(TreeSet::new)) : new TreeSet<>();
	}

	/**
	 * The keys no configured programme has, shortened for a message (empty when all are
	 * known).
	 */
	String unknown(Set<String> keys) {
		return keys.stream()
			.filter((key) -> this.programmes.find(key).isEmpty())
			.limit(SHOWN_UNKNOWN)
			.map((key) -> (key.length() > SHOWN_LENGTH) ? key.substring(0, SHOWN_LENGTH) + "…" : key)
			.collect(Collectors.joining(", "));
	}

}
