package org.peersupport.web.security;

import java.util.Locale;
import java.util.regex.Pattern;

/** The rules for login names: lower case letters, digits, dot, dash, underscore. */
public final class Usernames {

	private static final Pattern VALID = Pattern.compile("[a-z0-9._-]{3,32}");

	private Usernames() {
	}

	/** The stored form of a typed login name. */
	public static String normalize(String typed) {
		return (typed != null) ? typed.strip().toLowerCase(Locale.ROOT) : "";
	}

	public static boolean isValid(String normalized) {
		return VALID.matcher(normalized).matches();
	}

}
