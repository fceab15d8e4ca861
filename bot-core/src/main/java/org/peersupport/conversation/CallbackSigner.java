package org.peersupport.conversation;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.peersupport.messaging.Button;

/**
 * Signs button data so that a forged or stale press is refused. The data reads
 * {@code <owner>:<payload>:<signature>}; the signature (96 bits of HMAC-SHA256,
 * base64url) also covers the chat id and a context that are not in the data, so a button
 * works only in its own chat and only while its context (e.g. the conversation's step) is
 * current.
 */
public class CallbackSigner {

	/** Characters of the signature: 16 base64url characters, 96 bits. */
	public static final int SIGNATURE_CHARS = 16;

	private final SecretKeySpec key;

	public CallbackSigner(byte[] key) {
		if (key.length < 16) {
			throw new IllegalArgumentException("The signing key needs at least 16 bytes");
		}
		this.key = new SecretKeySpec(key, "HmacSHA256");
	}

	/**
	 * The data for a button.
	 * @param owner the handler's owner name (the router's {@code Route.buttons})
	 * @param payload what the handler reads back (no personal data: it is visible to the
	 * client)
	 * @param context what must still hold when the button is pressed, not carried in the
	 * data
	 * @throws IllegalArgumentException if the data would exceed Telegram's 64 bytes
	 */
	public String sign(long chatId, String owner, String payload, String context) {
		String data = owner + ":" + payload + ":" + mac(chatId, owner, payload, context);
		if (data.getBytes(StandardCharsets.UTF_8).length > Button.MAX_DATA_BYTES) {
			throw new IllegalArgumentException(
					"Button data for owner '" + owner + "' exceeds " + Button.MAX_DATA_BYTES + " bytes");
		}
		return data;
	}

	/**
	 * The payload of signed button data, if its signature holds for this chat and
	 * context.
	 */
	public Optional<String> verify(long chatId, String data, String context) {
		if (data == null) {
			return Optional.empty();
		}
		int first = data.indexOf(':');
		int last = data.lastIndexOf(':');
		if (first <= 0 || last <= first) {
			return Optional.empty();
		}
		String owner = data.substring(0, first);
		String payload = data.substring(first + 1, last);
		byte[] given = data.substring(last + 1).getBytes(StandardCharsets.US_ASCII);
		byte[] expected = mac(chatId, owner, payload, context).getBytes(StandardCharsets.US_ASCII);
		return MessageDigest.isEqual(given, expected) ? Optional.of(payload) : Optional.empty();
	}

	private String mac(long chatId, String owner, String payload, String context) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			String input = chatId + "\n" + owner + "\n" + payload + "\n" + ((context != null) ? context : "");
			byte[] digest = mac.doFinal(input.getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, SIGNATURE_CHARS);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

}
