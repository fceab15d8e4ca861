package org.peersupport.messaging;

import java.util.List;

/**
 * A feature's contribution to the bot's command menu in one language (null for the
 * default), registered with Telegram at start.
 *
 * @param languageCode two-letter language code, or null for everyone else
 * @param commands the commands in menu order
 */
public record CommandMenu(String languageCode, List<Command> commands) {

	/** One menu line: the command without slash, and what it does. */
	public record Command(String name, String description) {
	}

}
