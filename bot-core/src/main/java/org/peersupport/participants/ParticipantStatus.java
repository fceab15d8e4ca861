package org.peersupport.participants;

/**
 * Where a participant is on their way into the community.
 */
public enum ParticipantStatus {

	/** Accepted the consent text; onboarding not finished. */
	CONSENTED,

	/**
	 * Finished onboarding; waits on their programme's list for a moderator to add them to
	 * a group.
	 */
	WAITING_FOR_GROUP

}
