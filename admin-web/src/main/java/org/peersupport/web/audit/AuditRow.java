package org.peersupport.web.audit;

import java.time.Instant;
import java.util.Map;

/**
 * An audit entry as the page shows it: what happened in words, the object by name with a
 * link to its page where the viewer may open one, the programme by name.
 *
 * @param at when
 * @param actorName who (their username, or "system")
 * @param action the stored action, e.g. {@code volunteer.approved}
 * @param sentenceKey message key of the action in words, or null for an action the panel
 * has no words for
 * @param objectTypeKey message key of the object's kind, or null for an unknown kind
 * @param objectType the stored object type
 * @param objectLabel the object as people know it (a staff member by username, else its
 * id)
 * @param objectLink the panel path of the object's page, or null
 * @param programme the programme's name, or null
 * @param before the object's fields before
 * @param after the object's fields after
 */
record AuditRow(Instant at, String actorName, String action, String sentenceKey, String objectTypeKey,
		String objectType, String objectLabel, String objectLink, String programme, Map<String, String> before,
		Map<String, String> after) {

}
