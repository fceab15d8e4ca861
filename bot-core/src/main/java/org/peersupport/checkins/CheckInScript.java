package org.peersupport.checkins;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.peersupport.conversation.ScriptCatalog;
import org.peersupport.conversation.ScriptStatus;
import org.peersupport.conversation.StoredScript;
import org.peersupport.scripts.Choice;
import org.peersupport.scripts.Input;
import org.peersupport.scripts.Script;
import org.peersupport.scripts.Step;
import org.peersupport.scripts.Templates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The check-in conversation as a script ({@code check-in}, and {@code check-in-plain} for
 * plain-language programmes), edited in the panel like any script. A due check-in's
 * prompt is the first step of the published version; a version whose first step is not a
 * 1–5 buttons question stored as {@code mood} that runs {@code recordMood} is never used:
 * the newest version that was published and is usable runs instead, so an edit cannot
 * stop check-ins.
 */
class CheckInScript {

	private static final Logger log = LoggerFactory.getLogger(CheckInScript.class);

	/** The script's id. */
	static final String ID = "check-in";

	/** The plain-language script's id. */
	static final String PLAIN_ID = "check-in-plain";

	/** The field the first step stores the mood in. */
	static final String MOOD = "mood";

	/** The field that names the prompt answered: its time, ISO-8601 in UTC. */
	static final String OCCURRENCE = "occurrence";

	/** The field the word about the day is stored in. */
	static final String WORD = "word";

	private static final Set<String> SCALE = Set.of("1", "2", "3", "4", "5");

	private final ScriptCatalog catalog;

	/** Per unusable published version, the version used instead (logged once). */
	private final Map<String, Integer> instead = new ConcurrentHashMap<>();

	CheckInScript(ScriptCatalog catalog) {
		this.catalog = catalog;
	}

	/** The version new prompts use, if any version is usable. */
	Optional<Script> current(boolean plain) {
		String id = plain ? PLAIN_ID : ID;
		Script published = null;
		try {
			published = this.catalog.published(id);
			if (usable(published)) {
				return Optional.of(published);
			}
		}
		catch (IllegalStateException ex) {
			log.debug("No published check-in script {}", id, ex);
		}
		String key = (published != null) ? published.key() : id;
		Integer known = this.instead.get(key);
		if (known != null) {
			return version(id, known);
		}
		for (StoredScript stored : this.catalog.versions(id)) {
			if (stored.status() == ScriptStatus.DRAFT) {
				continue;
			}
			Optional<Script> older = version(id, stored.version());
			if (older.isPresent()) {
				this.instead.put(key, stored.version());
				log.warn(
						"The check-in script {} cannot ask the check-in (its first step must be a 1-5 buttons "
								+ "question stored as mood that runs recordMood): check-ins use version {}",
						key, stored.version());
				return older;
			}
		}
		return Optional.empty();
	}

	/**
	 * The version a prompt was sent with, if it is still stored and usable; else the
	 * current one.
	 */
	Optional<Script> sentWith(boolean plain, int version) {
		return version(plain ? PLAIN_ID : ID, version).or(() -> current(plain));
	}

	private Optional<Script> version(String id, int version) {
		try {
			return Optional.of(this.catalog.version(id, version)).filter(CheckInScript::usable);
		}
		catch (IllegalStateException ex) {
			log.debug("Check-in script {}@{} cannot be read", id, version, ex);
			return Optional.empty();
		}
	}

	/** The first step's prompt in {@code locale} (else the script's default language). */
	static String prompt(Script script, String locale) {
		Step first = script.firstStep();
		String template = first.prompt(locale).or(() -> first.prompt(script.defaultLocale())).orElseThrow();
		return Templates.render(template, Map.of(), (value) -> value);
	}

	/** The 1–5 scale's buttons, in the script's order. */
	static List<Choice> scale(Script script) {
		return ((Input.Buttons) script.firstStep().input()).choices();
	}

	/** Whether a version can ask the check-in and store its answer. */
	static boolean usable(Script script) {
		Step first = script.firstStep();
		if (!(first.input() instanceof Input.Buttons scale) || scale.multiple() || scale.fromSource()
				|| scale.optional() || !first.hasPrompt()) {
			return false;
		}
		List<String> values = scale.choices().stream().map(Choice::value).toList();
		return values.size() == SCALE.size() && Set.copyOf(values).equals(SCALE) && MOOD.equals(first.store())
				&& first.runs(RecordMood.NAME);
	}

}
