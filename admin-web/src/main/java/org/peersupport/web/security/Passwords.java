package org.peersupport.web.security;

import java.nio.charset.StandardCharsets;

/** The password policy: long enough to resist guessing, short enough for BCrypt. */
public final class Passwords {

	/** Shortest password accepted. */
	public static final int MIN_LENGTH = 10;

	/** BCrypt reads at most 72 bytes of UTF-8. */
	public static final int MAX_BYTES = 72;

	private Passwords() {
	}

	public static boolean isAcceptable(String password) {
		return password != null && password.length() >= MIN_LENGTH
				&& password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES && !password.isBlank();
	}

}
