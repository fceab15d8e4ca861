package org.peersupport.participants;

/**
 * What a search of participants filters by; null or blank fields do not filter.
 *
 * @param standing where they stand
 * @param programme a programme key
 */
public record ParticipantSearch(ParticipantStanding standing, String programme) {

	/** A search that filters by nothing. */
	public static ParticipantSearch any() {
		return new ParticipantSearch(null, null);
	}

}
