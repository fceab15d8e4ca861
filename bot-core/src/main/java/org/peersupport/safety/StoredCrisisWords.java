package org.peersupport.safety;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One locale's crisis phrases as edited in the panel, replacing that locale's lists from
 * configuration or the built-in ones.
 *
 * @param locale the locale ({@code en}, {@code ru}, {@code uk}, {@code pl})
 * @param phrases the phrases by kind key ({@code self-harm} …)
 * @param savedBy the staff member who saved them
 * @param savedAt when
 * @param schemaVersion the document's schema version
 */
@Document("crisis_words")
record StoredCrisisWords(@Id String locale, Map<String, List<String>> phrases, String savedBy, Instant savedAt,
		int schemaVersion) {

	static final int SCHEMA_VERSION = 1;

}
