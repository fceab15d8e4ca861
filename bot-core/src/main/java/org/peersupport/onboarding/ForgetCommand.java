package org.peersupport.onboarding;

import java.util.List;

import org.peersupport.messaging.InboundEvent;
import org.peersupport.messaging.InboundHandler;
import org.peersupport.messaging.Replies;
import org.peersupport.messaging.Route;

import org.springframework.stereotype.Component;

/**
 * {@code /forget}: asks for confirmation before erasing everything.
 */
@Component
class ForgetCommand implements InboundHandler {

	static final String OWNER = "forget";

	private final SignedButtons buttons;

	private final PersonLanguage language;

	ForgetCommand(SignedButtons buttons, PersonLanguage language) {
		this.buttons = buttons;
		this.language = language;
	}

	@Override
	public Route route() {
		return Route.commands("forget");
	}

	@Override
	public void handle(InboundEvent event, Replies replies) {
		String locale = this.language.of(event);
		replies.send(OnboardingTexts.get("forget.confirm", locale), List.of(
				List.of(this.buttons.button(event.chatId(), OWNER, "yes", OnboardingTexts.get("forget.yes", locale))),
				List.of(this.buttons.button(event.chatId(), OWNER, "no", OnboardingTexts.get("forget.no", locale)))));
	}

}
