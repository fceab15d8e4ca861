package org.peersupport.requests;

/**
 * Where a help request is.
 */
public enum RequestStatus {

	/** Waiting for a volunteer. */
	OPEN,

	/** A volunteer has taken it. */
	CLAIMED,

	/** The help was given, or the request closed by staff. */
	RESOLVED,

	/** The participant cancelled it. */
	CANCELLED;

	/** Whether the request still needs or gets attention. */
	public boolean isActive() {
		return this == OPEN || this == CLAIMED;
	}

}
