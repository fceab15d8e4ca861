package org.peersupport.web.sandbox;

/**
 * The sandbox engine could not start; the sandbox page says so instead of a generic
 * error, and the next use tries again.
 */
class SandboxUnavailableException extends RuntimeException {

	SandboxUnavailableException(Throwable cause) {
		super("The sandbox engine could not start", cause);
	}

}
