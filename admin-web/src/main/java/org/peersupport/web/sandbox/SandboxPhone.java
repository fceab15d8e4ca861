package org.peersupport.web.sandbox;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A sandbox phone the panel created, and for whom: a staff member limited to some
 * programmes may use only their own phones.
 *
 * @param userId the phone's Telegram user id on the sandbox emulator
 * @param staffId internal id of the staff account it was created for
 * @param createdAt when it was created
 * @param schemaVersion stored document version
 */
@Document("sandbox_phones")
record SandboxPhone(@Id long userId, @Indexed String staffId, Instant createdAt, int schemaVersion) {

	static final int SCHEMA_VERSION = 1;

}
