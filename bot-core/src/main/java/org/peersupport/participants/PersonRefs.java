package org.peersupport.participants;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Pseudonymous references to people for alerts and logs: a keyed hash of the chat id, so
 * a moderator's alert or a log line never carries a Telegram id or a name.
 */
public class PersonRefs {

	private final SecretKeySpec key;

	public PersonRefs(byte[] secret) {
		this.key = new SecretKeySpec(secret, "HmacSHA256");
	}

	/** The reference of the person in a private chat, e.g. {@code P-3fQ9x1Kd}. */
	public String of(long chatId) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			byte[] digest = mac.doFinal(("person:" + chatId).getBytes(StandardCharsets.UTF_8));
			return "P-" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 8);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

}
