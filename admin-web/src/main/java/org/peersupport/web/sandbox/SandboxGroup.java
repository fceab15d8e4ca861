package org.peersupport.web.sandbox;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A test group the sandbox created on its emulator, and for whom: a staff member limited
 * to some programmes sees only their own test groups, as with phones.
 *
 * @param chatId the group's chat id on the sandbox emulator
 * @param staffId internal id of the staff account it was created for
 * @param createdAt when it was created
 * @param schemaVersion stored document version
 */
@Document("sandbox_groups")
record SandboxGroup(@Id long chatId, @Indexed String staffId, Instant createdAt, int schemaVersion) {

	static final int SCHEMA_VERSION = 1;

}
