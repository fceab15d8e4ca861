package org.peersupport.requests;

/**
 * How a request closed by staff ended, as staff recorded it.
 */
public enum RequestOutcome {

	/** The participant was helped. */
	HELPED,

	/** The participant was sent to help elsewhere. */
	REFERRED,

	/** Nobody could get in touch with the participant. */
	NO_CONTACT

}
