package org.peersupport.onboarding;

import org.peersupport.messaging.InboundEvent;
import org.peersupport.messaging.InboundHandler;
import org.peersupport.messaging.Replies;
import org.peersupport.messaging.Route;
import org.peersupport.scripts.RuntimeTexts;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Presses of menu buttons: each runs the command of the same name.
 */
@Component
class MenuButtons implements InboundHandler {

	private final SignedButtons buttons;

	private final PersonLanguage language;

	private final MenuKeyboard menu;

	private final ObjectProvider<InboundHandler> handlers;

	MenuButtons(SignedButtons buttons, PersonLanguage language, MenuKeyboard menu,
			ObjectProvider<InboundHandler> handlers) {
		this.buttons = buttons;
		this.language = language;
		this.menu = menu;
		this.handlers = handlers;
	}

	@Override
	public Route route() {
		return Route.buttons(MenuKeyboard.OWNER);
	}

	@Override
	public void handle(InboundEvent event, Replies replies) {
		String item = this.buttons.choice(event, MenuKeyboard.OWNER)
			.filter((name) -> this.menu.offers(event.chatId(), name))
			.orElse(null);
		InboundHandler command = (item != null) ? command(item) : null;
		if (command == null) {
			replies.answerButton(RuntimeTexts.bundled()
				.text("callback.expired", this.language.plain(event.chatId()),
						java.util.Locale.forLanguageTag(this.language.of(event))));
			return;
		}
		replies.answerButton(null);
		command.handle(event, replies);
	}

	private InboundHandler command(String name) {
		return this.handlers.orderedStream()
			.filter((handler) -> handler.route() instanceof Route.Commands commands && commands.names().contains(name))
			.findFirst()
			.orElse(null);
	}

}
