package org.peersupport.scripts;

/**
 * Telegram Bot API limits that scripts must respect.
 */
public final class TelegramLimits {

	/**
	 * Maximum length of a message text after entity parsing, counted in UTF-16 code
	 * units.
	 */
	public static final int MESSAGE_TEXT = 4096;

	private TelegramLimits() {
	}

}
