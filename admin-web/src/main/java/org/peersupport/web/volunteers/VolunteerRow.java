package org.peersupport.web.volunteers;

import java.time.Instant;

import org.peersupport.participants.Volunteer;
import org.peersupport.participants.VolunteerStatus;

/**
 * A volunteer in the list: no name or contact, those are on the application's own page.
 *
 * @param id the application's internal id
 * @param status pending, approved or rejected
 * @param skills the skills, comma separated
 * @param languages the languages, comma separated
 * @param region the region they typed
 * @param submittedAt when they applied
 */
record VolunteerRow(String id, VolunteerStatus status, String skills, String languages, String region,
		Instant submittedAt) {

	static VolunteerRow of(Volunteer volunteer) {
		return new VolunteerRow(volunteer.id(), volunteer.status(),
				VolunteerDetails.text(volunteer.details().get("skills")),
				VolunteerDetails.text(volunteer.details().get("languages")),
				VolunteerDetails.text(volunteer.details().get("region")), volunteer.submittedAt());
	}

}
