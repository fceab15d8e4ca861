package org.peersupport.web.layout;

/**
 * A request that no page of the panel sends, e.g. a return address that is no path of
 * this site. Answered with 400 and the error page; its message is never shown or logged.
 */
public class BadRequestException extends RuntimeException {

	public BadRequestException(String message) {
		super(message);
	}

}
