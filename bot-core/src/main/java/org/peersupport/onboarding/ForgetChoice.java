package org.peersupport.onboarding;

import java.util.Optional;

/**
 * What a {@code /forget} button carries: the choice and the confirmation's nonce
 * ({@code yes.<nonce>}).
 *
 * @param choice {@link #YES} or {@link #NO}
 * @param nonce the confirmation's nonce
 */
record ForgetChoice(String choice, String nonce) {

	static final String YES = "yes";

	static final String NO = "no";

	static String payload(String choice, String nonce) {
		return choice + "." + nonce;
	}

	/** The choice in a button's payload, if it has the shape of one. */
	static Optional<ForgetChoice> parse(String payload) {
		int dot = payload.indexOf('.');
		if (dot <= 0 || dot == payload.length() - 1) {
			return Optional.empty();
		}
		String choice = payload.substring(0, dot);
		if (!YES.equals(choice) && !NO.equals(choice)) {
			return Optional.empty();
		}
		return Optional.of(new ForgetChoice(choice, payload.substring(dot + 1)));
	}

	boolean yes() {
		return YES.equals(this.choice);
	}

}
