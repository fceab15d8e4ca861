package org.peersupport.onboarding;

import java.util.List;

import org.peersupport.messaging.Button;
import org.peersupport.messaging.Command;
import org.peersupport.messaging.Commands;

import org.springframework.stereotype.Component;

/**
 * The menu: a signed button for each declared command the person may use and that asks
 * for a menu button; a press runs the command.
 */
@Component
class MenuKeyboard {

	static final String OWNER = "menu";

	private final SignedButtons buttons;

	private final Commands commands;

	MenuKeyboard(SignedButtons buttons, Commands commands) {
		this.buttons = buttons;
		this.commands = commands;
	}

	/**
	 * The menu's buttons for the person of this chat, labelled plainly for a
	 * plain-language programme.
	 */
	List<List<Button>> rows(long chatId, String locale, boolean plain) {
		return this.commands.menu(this.commands.audiencesOf(chatId))
			.stream()
			.map((command) -> List
				.of(this.buttons.button(chatId, OWNER, command.name(), CommandWords.menuLabel(command, locale, plain))))
			.toList();
	}

	/** Whether the person in this chat may press a menu button for {@code name}. */
	boolean offers(long chatId, String name) {
		return this.commands.menu(this.commands.audiencesOf(chatId)).stream().map(Command::name).anyMatch(name::equals);
	}

}
