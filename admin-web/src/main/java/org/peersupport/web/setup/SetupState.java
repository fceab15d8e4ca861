package org.peersupport.web.setup;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Records that the first admin was made. Inserting it is the claim: only one insert can
 * win, so two setups racing on two instances cannot both create an admin.
 *
 * @param id always {@link #FIRST_ADMIN}
 * @param adminId internal id of the first admin
 * @param completedAt when setup finished
 * @param schemaVersion stored document version
 */
@Document("setup_state")
record SetupState(@Id String id, String adminId, Instant completedAt, int schemaVersion) {

	static final String FIRST_ADMIN = "first-admin";

	static final int SCHEMA_VERSION = 1;

}
