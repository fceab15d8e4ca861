package org.peersupport.leases;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A named lease as stored: who holds it and until when.
 *
 * @param name what the lease is for, e.g. {@code messaging-retention}
 * @param owner the holding instance's id
 * @param until when it expires unless renewed
 * @param schemaVersion the document's schema version
 */
@Document("leases")
record Lease(@Id String name, String owner, Instant until, int schemaVersion) {

	static final int SCHEMA_VERSION = 1;

}
