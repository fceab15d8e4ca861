package org.peersupport.web.volunteers;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The vetting checklist a moderator ticks before approving; kept in the approval's audit
 * entry.
 *
 * @param identityChecked the volunteer's identity was checked (required to approve)
 * @param referenceContacted their organisation or reference was contacted
 * @param trainingDone they have done the programme's training
 */
record VolunteerChecklist(boolean identityChecked, boolean referenceContacted, boolean trainingDone) {

	Map<String, Object> toAudit() {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("identityChecked", this.identityChecked);
		fields.put("referenceContacted", this.referenceContacted);
		fields.put("trainingDone", this.trainingDone);
		return fields;
	}

}
