package org.peersupport.onboarding;

import org.peersupport.messaging.InboundEvent;
import org.peersupport.messaging.InboundHandler;
import org.peersupport.messaging.Replies;
import org.peersupport.messaging.Route;

import org.springframework.stereotype.Component;

/**
 * {@code /help}: what the bot can do.
 */
@Component
class HelpCommand implements InboundHandler {

	private final PersonLanguage language;

	HelpCommand(PersonLanguage language) {
		this.language = language;
	}

	@Override
	public Route route() {
		return Route.commands("help");
	}

	@Override
	public void handle(InboundEvent event, Replies replies) {
		replies.send(OnboardingTexts.get("help", this.language.of(event)));
	}

}
