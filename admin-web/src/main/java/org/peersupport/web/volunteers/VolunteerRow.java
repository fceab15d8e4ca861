package org.peersupport.web.volunteers;

import java.time.Instant;

import org.peersupport.participants.Volunteer;
import org.peersupport.participants.VolunteerStatus;

/**
 * A volunteer in the list: no name or contact, those are on the application's own page.
 *
 * @param id the application's internal id
 * @param programme the programme's name, or null for an application from before
 * programmes
 * @param status pending, approved or rejected
 * @param skills the skills, comma separated
 * @param languages the languages, comma separated
 * @param region the region they typed
 * @param submittedAt when they applied
 */
record VolunteerRow(String id, String programme, VolunteerStatus status, String skills, String languages, String region,
		Instant submittedAt) {

	static VolunteerRow of(Volunteer volunteer, String programmeName) {
		return new VolunteerRow(volunteer.id(), programmeName, volunteer.status(),
				VolunteerDetails.text(volunteer.details().get("skills")),
				VolunteerDetails.text(volunteer.details().get("languages")),
				VolunteerDetails.text(volunteer.details().get("region")), volunteer.submittedAt());
	}

}
