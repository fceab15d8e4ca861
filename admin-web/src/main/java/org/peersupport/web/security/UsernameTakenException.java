package org.peersupport.web.security;

/** Thrown when a new account would reuse a login name. */
public class UsernameTakenException extends RuntimeException {

	UsernameTakenException(String username, Throwable cause) {
		super("Username is already in use", cause);
	}

}
