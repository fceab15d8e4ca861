package org.peersupport.conversation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.peersupport.participants.Programmes;

/**
 * What the chosen programme says that a script may branch on, beside the stored answers:
 * {@value #ASKS} lists the optional questions the programme asks (e.g.
 * {@code releaseDate} only for prison-release programmes). Derived each time, never
 * stored.
 */
final class ProgrammeFacts {

	/** The field that lists the programme's optional questions. */
	static final String ASKS = "programmeAsks";

	private final Programmes programmes;

	ProgrammeFacts(Programmes programmes) {
		this.programmes = programmes;
	}

	/** The stored fields with the chosen programme's facts added (read only). */
	Map<String, Object> with(Map<String, Object> fields) {
		Object key = fields.get("programme");
		if (key == null) {
			return fields;
		}
		Map<String, Object> all = new LinkedHashMap<>(fields);
		this.programmes.find(key.toString()).ifPresent((programme) -> all.put(ASKS, programme.asks()));
		return Collections.unmodifiableMap(all);
	}

}
