package org.peersupport.messaging;

/**
 * An inline button: the label a person sees and the opaque data the bot receives when it
 * is pressed.
 */
public record Button(String text, String data) {

	/** Telegram's limit for callback data, in UTF-8 bytes. */
	public static final int MAX_DATA_BYTES = 64;

}
