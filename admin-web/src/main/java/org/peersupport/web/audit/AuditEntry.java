package org.peersupport.web.audit;

import java.time.Instant;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One change made in the panel. People are named by internal account id and login name;
 * before and after never hold secrets, and are blanked when the person the object belongs
 * to is erased.
 *
 * @param id stored id
 * @param at when the change was made
 * @param actorId internal id of the account that made it ({@code system} for the service)
 * @param actorName login name of that account
 * @param action what was done, e.g. {@code staff.disabled}
 * @param objectType kind of object changed, e.g. {@code staff-account}
 * @param objectId internal id of the object changed
 * @param programme the programme of the object changed, or null when it has none (only
 * staff without a programme limit see those entries)
 * @param before the object's relevant fields before the change
 * @param after the object's relevant fields after the change
 * @param schemaVersion stored document version
 */
@Document("audit_log")
public record AuditEntry(@Id String id, @Indexed Instant at, @Indexed String actorId, String actorName, String action,
		String objectType, @Indexed String objectId, @Indexed String programme, Map<String, String> before,
		Map<String, String> after, int schemaVersion) {

	/** Version 2 added the programme; older entries have none. */
	static final int SCHEMA_VERSION = 2;

	public AuditEntry {
		before = (before != null) ? Map.copyOf(before) : Map.of();
		after = (after != null) ? Map.copyOf(after) : Map.of();
	}

}
