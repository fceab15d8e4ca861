package org.peersupport.participants;

/**
 * Where a participant is on their way into the community.
 */
public enum ParticipantStatus {

	/** Accepted the consent text; onboarding not finished. */
	CONSENTED,

	/**
	 * Finished onboarding; their place in a peer group, or on its waiting list, is kept
	 * by the peer groups.
	 */
	WAITING_FOR_GROUP

}
