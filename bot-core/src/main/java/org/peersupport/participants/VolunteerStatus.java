package org.peersupport.participants;

/**
 * Where a volunteer's application stands.
 */
public enum VolunteerStatus {

	/** Submitted; a moderator has not decided yet. */
	PENDING,

	/** A moderator approved it. */
	APPROVED,

	/** A moderator turned it down. */
	REJECTED,

	/** Approved, but taking no requests for now; a moderator can resume it. */
	PAUSED,

	/** No longer volunteering; final. */
	DEACTIVATED

}
