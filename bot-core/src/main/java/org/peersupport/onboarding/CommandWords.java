package org.peersupport.onboarding;

import org.peersupport.messaging.Audience;
import org.peersupport.messaging.Command;
import org.peersupport.scripts.TextBundle;

/**
 * A command's description and menu label as a person reads them in {@code /help} and
 * {@code /menu}: the plain-language version ({@code <key>.plain}) for someone of a
 * plain-language programme. Commands only volunteers use have none: plain language is for
 * participants.
 */
final class CommandWords {

	private CommandWords() {
	}

	static String description(Command command, String locale, boolean plain) {
		return text(command, "command.", locale, plain);
	}

	static String menuLabel(Command command, String locale, boolean plain) {
		return text(command, "menu.", locale, plain);
	}

	private static String text(Command command, String prefix, String locale, boolean plain) {
		boolean forParticipants = command.audiences().contains(Audience.PARTICIPANT);
		return command.texts().get(TextBundle.plainKey(prefix + command.name(), plain && forParticipants), locale);
	}

}
