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

	/** The first programme: used where a person has not chosen one yet. */
	public Programme first() {
		return this.all.get(0);
	}

}
