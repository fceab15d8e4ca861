package org.peersupport.onboarding;

import org.peersupport.messaging.InboundEvent;
import org.peersupport.messaging.InboundHandler;
import org.peersupport.messaging.Replies;
import org.peersupport.messaging.Route;

import org.springframework.stereotype.Component;

/**
 * {@code /menu}: the menu with buttons.
 */
@Component
class MenuCommand implements InboundHandler {

	private final PersonLanguage language;

	private final MenuKeyboard menu;

	MenuCommand(PersonLanguage language, MenuKeyboard menu) {
		this.language = language;
		this.menu = menu;
	}

	@Override
	public Route route() {
		return Route.commands("menu");
	}

	@Override
	public void handle(InboundEvent event, Replies replies) {
		String locale = this.language.of(event);
		boolean plain = this.language.plain(event.chatId());
		replies.send(OnboardingTexts.get("menu.title", plain, locale), this.menu.rows(event.chatId(), locale, plain));
	}

}
