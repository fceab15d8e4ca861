package org.peersupport.requests;

/**
 * How a request ended, as staff recorded it when closing it, or as its volunteer did
 * after the relay ended (the buttons carry its ordinal: add new ones at the end).
 */
public enum RequestOutcome {

	/** The participant was helped. */
	HELPED,

	/** The participant was sent to help elsewhere. */
	REFERRED,

	/** Nobody could get in touch with the participant. */
	NO_CONTACT

}
