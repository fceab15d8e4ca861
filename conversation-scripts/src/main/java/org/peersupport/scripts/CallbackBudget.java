package org.peersupport.scripts;

import java.nio.charset.StandardCharsets;

/**
 * The byte budget of Telegram's 64-byte callback data that the validator enforces. The
 * runtime owns the wire format; it is assumed to be
 * {@code <script key>:<step id>:<value>:<signature>} with a script key of at most
 * {@value #SCRIPT_KEY_BYTES} bytes and a signature of {@value #SIGNATURE_BYTES} bytes
 * (e.g. 96 bits of HMAC in base64url), which leaves {@value #STEP_ID_BYTES} bytes for a
 * step id and {@value #VALUE_BYTES} for a choice value.
 */
public final class CallbackBudget {

	/** Telegram's limit on callback data. */
	public static final int TOTAL_BYTES = 64;

	public static final int SCRIPT_KEY_BYTES = 4;

	public static final int SIGNATURE_BYTES = 16;

	public static final int SEPARATOR_BYTES = 3;

	public static final int STEP_ID_BYTES = 16;

	public static final int VALUE_BYTES = 24;

	static {
		int used = SCRIPT_KEY_BYTES + SIGNATURE_BYTES + SEPARATOR_BYTES + STEP_ID_BYTES + VALUE_BYTES;
		if (used > TOTAL_BYTES) {
			throw new ExceptionInInitializerError("Callback budget exceeds " + TOTAL_BYTES + " bytes: " + used);
		}
	}

	private CallbackBudget() {
	}

	/** The length of {@code text} in UTF-8 bytes. */
	public static int bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8).length;
	}

}
