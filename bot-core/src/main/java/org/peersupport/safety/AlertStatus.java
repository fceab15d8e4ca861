package org.peersupport.safety;

/**
 * Where an alert stands: waiting for someone, taken by a staff member, or done.
 */
public enum AlertStatus {

	/** Nobody has taken it yet. */
	OPEN,

	/** A staff member said "I'm on it". */
	TAKEN,

	/** Handled. */
	DONE;

	/** Whether it still needs someone's attention. */
	public boolean isPending() {
		return this != DONE;
	}

}
