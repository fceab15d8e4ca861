package org.peersupport.web.volunteers;

import org.peersupport.participants.VolunteerStatus;

/**
 * The filters of the volunteers list; blank fields do not filter.
 *
 * @param skill a skill value from the sign-up script, e.g. {@code mentor}
 * @param language a language code, e.g. {@code pl}
 * @param region part of the region the volunteer typed, any case
 * @param status the application's status
 */
record VolunteerFilter(String skill, String language, String region, VolunteerStatus status) {

	static VolunteerFilter none() {
		return new VolunteerFilter(null, null, null, null);
	}

}
