package org.peersupport.messaging;

/**
 * How urgent an outgoing call is. The sender serves a higher priority first, in a chat's
 * queue and for the global send rate; the per-chat limits still hold for every call.
 */
public enum SendPriority {

	/** A crisis answer: the hotline text to the person and the alert to moderators. */
	CRISIS,

	/** A reply to what a person just did, or a moderator's action. */
	INTERACTIVE,

	/**
	 * Work nobody waits for at this moment: check-ins, reminders, broadcasts, notes from
	 * jobs.
	 */
	BULK;

	/** The order within a lane: lower goes first. */
	int rank() {
		return ordinal();
	}

}
