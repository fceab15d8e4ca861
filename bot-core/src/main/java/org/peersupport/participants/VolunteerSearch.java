package org.peersupport.participants;

/**
 * What a search of volunteer applications filters by; blank fields do not filter.
 *
 * @param skill a skill value from the sign-up script, e.g. {@code mentor}
 * @param language a language code, e.g. {@code pl}
 * @param region part of the region the volunteer typed, any case
 * @param status the application's status
 */
public record VolunteerSearch(String skill, String language, String region, VolunteerStatus status) {

	/** A search that filters by nothing. */
	public static VolunteerSearch any() {
		return new VolunteerSearch(null, null, null, null);
	}

}
