package org.peersupport.messaging;

/**
 * Whether a stored update still waits to be handled.
 */
public enum InboxState {

	/** Stored, not yet handled (or handling was interrupted). */
	PENDING,
	/** Handled: its effects and replies are stored, its payload removed. */
	DONE

}
