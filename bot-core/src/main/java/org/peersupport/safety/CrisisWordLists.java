package org.peersupport.safety;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.github.benmanes.caffeine.cache.Ticker;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The crisis phrase lists per locale as they apply: a locale edited in the panel
 * ({@link StoredCrisisWords}) has its saved lists, the others those of configuration or
 * the built-in ones ({@link CrisisWords#DEFAULTS}). Every locale's lists are checked
 * whatever the person's language. The lists in use are built again once {@code fresh} has
 * passed since they were read from the store, so a change saved through another instance
 * applies here within that time; a change saved here applies at once.
 */
public class CrisisWordLists {

	/** The locales whose lists exist. */
	public static final List<String> LOCALES = List.of("en", "ru", "uk", "pl");

	/** The longest phrase, in characters. */
	public static final int LONGEST_PHRASE = 300;

	/** The most phrases of one kind in one locale. */
	public static final int MOST_PHRASES = 200;

	private final MongoOperations mongo;

	private final Map<String, Map<CrisisKind, List<String>>> configured;

	private final Clock clock;

	private final LoadingCache<String, CrisisWords> inUse;

	CrisisWordLists(MongoOperations mongo, Map<String, Map<CrisisKind, List<String>>> configured, Clock clock,
			Duration fresh, Ticker ticker) {
		this.mongo = mongo;
		this.configured = Map.copyOf(configured);
		this.clock = clock;
		this.inUse = Caffeine.newBuilder()
			.expireAfterWrite(fresh)
			.ticker(ticker)
			.build((key) -> new CrisisWords(listsInUse()));
	}

	/** The phrases to check a message against now. */
	public CrisisWords current() {
		return this.inUse.get("all");
	}

	/** A locale's lists as they apply: saved, else the defaults. */
	public Map<CrisisKind, List<String>> listsOf(String locale) {
		return saved(locale).map(CrisisWordLists::byKind).orElseGet(() -> defaultsOf(locale));
	}

	/** A locale's lists from configuration or built in, as if never edited. */
	public Map<CrisisKind, List<String>> defaultsOf(String locale) {
		Map<CrisisKind, List<String>> lists = new EnumMap<>(CrisisKind.class);
		for (CrisisKind kind : CrisisKind.values()) {
			lists.put(kind, List.of());
		}
		lists.putAll(this.configured.getOrDefault(locale, CrisisWords.DEFAULTS.getOrDefault(locale, Map.of())));
		return lists;
	}

	/** Whether the locale's lists were edited in the panel. */
	public boolean edited(String locale) {
		return saved(locale).isPresent();
	}

	/**
	 * Why a phrase would not be read as written, if so ({@link Phrases}' syntax).
	 */
	public static Optional<PhraseProblem> problemWith(String phrase) {
		if (phrase.length() > LONGEST_PHRASE) {
			return Optional.of(PhraseProblem.TOO_LONG);
		}
		try {
			if (new Phrases(List.of(phrase)).isEmpty()) {
				return Optional.of(PhraseProblem.NO_WORD);
			}
		}
		catch (IllegalArgumentException ex) {
			return Optional.of(PhraseProblem.STAR_INSIDE);
		}
		return Optional.empty();
	}

	/**
	 * Saves a locale's lists, each phrase checked by {@link #problemWith(String)}.
	 * @throws IllegalArgumentException for an unknown locale, a phrase refused, too many
	 * phrases or none at all
	 */
	public void save(String locale, Map<CrisisKind, List<String>> lists, String by) {
		if (!LOCALES.contains(locale)) {
			throw new IllegalArgumentException("No crisis word lists for this locale");
		}
		Map<String, List<String>> phrases = new LinkedHashMap<>();
		int count = 0;
		for (CrisisKind kind : CrisisKind.values()) {
			List<String> list = lists.getOrDefault(kind, List.of());
			if (list.size() > MOST_PHRASES || list.stream().anyMatch((phrase) -> problemWith(phrase).isPresent())) {
				throw new IllegalArgumentException("A crisis phrase of kind " + kind.key() + " is refused");
			}
			phrases.put(kind.key(), List.copyOf(list));
			count += list.size();
		}
		if (count == 0) {
			throw new IllegalArgumentException("A locale keeps at least one crisis phrase");
		}
		this.mongo
			.save(new StoredCrisisWords(locale, phrases, by, this.clock.instant(), StoredCrisisWords.SCHEMA_VERSION));
		this.inUse.invalidateAll();
	}

	/** Forgets a locale's edited lists: its defaults apply again. */
	public void restoreDefaults(String locale) {
		this.mongo.remove(Query.query(Criteria.where("_id").is(locale)), StoredCrisisWords.class);
		this.inUse.invalidateAll();
	}

	private Map<String, Map<CrisisKind, List<String>>> listsInUse() {
		Map<String, Map<CrisisKind, List<String>>> lists = new HashMap<>(this.configured);
		for (StoredCrisisWords stored : this.mongo.findAll(StoredCrisisWords.class)) {
			lists.put(stored.locale(), byKind(stored));
		}
		return lists;
	}

	private Optional<StoredCrisisWords> saved(String locale) {
		return Optional.ofNullable(this.mongo.findById(locale, StoredCrisisWords.class));
	}

	private static Map<CrisisKind, List<String>> byKind(StoredCrisisWords stored) {
		Map<CrisisKind, List<String>> lists = new EnumMap<>(CrisisKind.class);
		for (CrisisKind kind : CrisisKind.values()) {
			lists.put(kind, List.copyOf(stored.phrases().getOrDefault(kind.key(), List.of())));
		}
		return lists;
	}

	/** Why a phrase is refused. */
	public enum PhraseProblem {

		/** A {@code *} not at the end of a word. */
		STAR_INSIDE,

		/** No letter or digit to match. */
		NO_WORD,

		/** Longer than {@link #LONGEST_PHRASE}. */
		TOO_LONG;

		/** The problem's name in message keys, e.g. {@code star-inside}. */
		public String key() {
			return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		}

	}

}
