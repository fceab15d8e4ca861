package org.peersupport.conversation;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One version of a script as stored: its YAML and its status.
 *
 * @param key {@code id@version}
 * @param scriptId the script's id
 * @param version its version
 * @param source the YAML
 * @param status draft, published or retired
 * @param createdAt when it was first saved
 * @param publishedAt when it was last published, or null
 * @param schemaVersion the document's schema version
 */
@Document("scripts")
public record StoredScript(@Id String key, @Indexed String scriptId, int version, String source, ScriptStatus status,
		Instant createdAt, Instant publishedAt, int schemaVersion) {

	/** The schema version written by this code. */
	public static final int SCHEMA_VERSION = 1;

	static String key(String scriptId, int version) {
		return scriptId + "@" + version;
	}

}
