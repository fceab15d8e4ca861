package org.peersupport.participants;

import java.util.List;
import java.util.Optional;

/**
 * The configured programmes, looked up by key.
 */
public class Programmes {

	private final List<Programme> all;

	public Programmes(ProgrammesProperties properties) {
		this.all = properties.programmes().isEmpty() ? ExamplePrograms.ALL : properties.programmes();
		long keys = this.all.stream().map(Programme::key).distinct().count();
		if (keys != this.all.size()) {
			throw new IllegalStateException("Two programmes in peer.programmes share a key");
		}
	}

	/** Every programme, in configuration order. */
	public List<Programme> all() {
		return this.all;
	}

	/** The programme with this key. */
	public Optional<Programme> find(String key) {
		return this.all.stream().filter((programme) -> programme.key().equals(key)).findFirst();
	}

	/**
	 * Whether the people of the programme with this key are spoken to in plain language
	 * (easy read); false for a null key (no programme chosen yet) or one no longer
	 * configured.
	 */
	public boolean plainLanguage(String key) {
		return key != null && find(key).map(Programme::plainLanguage).orElse(false);
	}

	/** The first programme: used where a person has not chosen one yet. */
	public Programme first() {
		return this.all.get(0);
	}

	/**
	 * The programme with this key; the {@link #first() first} one when the key is null
	 * (not chosen yet) or no longer configured.
	 */
	public Programme findOrFirst(String key) {
		return (key != null) ? find(key).orElseGet(this::first) : first();
	}

	/**
	 * The programme's name in {@code locale}; its key if it is no longer configured; null
	 * for a null key.
	 */
	public String nameOf(String key, String locale) {
		return (key != null) ? find(key).map((programme) -> programme.name(locale)).orElse(key) : null;
	}

}
