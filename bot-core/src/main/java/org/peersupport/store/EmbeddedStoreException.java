package org.peersupport.store;

/** The embedded store cannot start; says why and what the operator can do. */
public class EmbeddedStoreException extends RuntimeException {

	private final String action;

	public EmbeddedStoreException(String message, String action, Throwable cause) {
		super(message, cause);
		this.action = action;
	}

	/** What the operator can do about it. */
	public String action() {
		return this.action;
	}

}
