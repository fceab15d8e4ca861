package org.peersupport.onboarding;

import java.util.List;
import java.util.Locale;

import org.peersupport.messaging.InboundEvent;
import org.peersupport.messaging.InboundHandler;
import org.peersupport.messaging.Replies;
import org.peersupport.messaging.Route;
import org.peersupport.scripts.RuntimeTexts;

import org.springframework.stereotype.Component;

/**
 * The answer to {@code /forget}'s question: "yes" erases everything, "no" keeps it.
 */
@Component
class ForgetButtons implements InboundHandler {

	private final SignedButtons buttons;

	private final Erasure erasure;

	private final PersonLanguage language;

	ForgetButtons(SignedButtons buttons, Erasure erasure, PersonLanguage language) {
		this.buttons = buttons;
		this.erasure = erasure;
		this.language = language;
	}

	@Override
	public Route route() {
		return Route.buttons(ForgetCommand.OWNER);
	}

	@Override
	public void handle(InboundEvent event, Replies replies) {
		String locale = this.language.of(event);
		String choice = this.buttons.choice(event, ForgetCommand.OWNER).orElse(null);
		if ("yes".equals(choice)) {
			// Erase first: erasure removes the chat's outgoing calls, and the answers
			// below must survive it. Erasing again on a repeat is harmless, and the
			// repeated answers keep their ids.
			this.erasure.erase(event.chatId());
			replies.answerButton(null);
			replies.editPressedMessage(OnboardingTexts.get("forget.done", locale), List.of());
		}
		else if ("no".equals(choice)) {
			replies.answerButton(null);
			replies.editPressedMessage(OnboardingTexts.get("forget.kept", locale), List.of());
		}
		else {
			replies.answerButton(RuntimeTexts.bundled().text("callback.expired", Locale.forLanguageTag(locale)));
		}
	}

}
