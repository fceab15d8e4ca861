package org.peersupport.web.volunteers;

import java.time.Instant;
import java.util.Map;

import org.peersupport.participants.Volunteer;
import org.peersupport.participants.VolunteerStatus;

/**
 * A volunteer in the list: no name or contact, those are on the application's own page.
 *
 * @param id the application's internal id
 * @param programme the programme's name, or null for an application from before
 * programmes
 * @param status pending, approved or rejected
 * @param skills the skills in the viewer's language, comma separated
 * @param languages the languages in the viewer's language, comma separated
 * @param region the region they typed
 * @param submittedAt when they applied
 */
record VolunteerRow(String id, String programme, VolunteerStatus status, String skills, String languages, String region,
		Instant submittedAt) {

	/**
	 * @param answers the volunteer's answers as words in the viewer's language, by field
	 */
	static VolunteerRow of(Volunteer volunteer, String programmeName, Map<String, String> answers) {
		return new VolunteerRow(volunteer.id(), programmeName, volunteer.status(), answers.getOrDefault("skills", ""),
				answers.getOrDefault("languages", ""), answers.getOrDefault("region", ""), volunteer.submittedAt());
	}

}
