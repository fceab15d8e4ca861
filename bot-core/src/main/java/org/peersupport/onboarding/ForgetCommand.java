package org.peersupport.onboarding;

import java.util.List;

import org.peersupport.conversation.Confirmations;
import org.peersupport.messaging.Button;
import org.peersupport.messaging.InboundEvent;
import org.peersupport.messaging.InboundHandler;
import org.peersupport.messaging.OutboxRef;
import org.peersupport.messaging.Replies;
import org.peersupport.messaging.Route;

import org.springframework.stereotype.Component;

/**
 * {@code /forget}: asks for confirmation before erasing everything. The answer buttons
 * carry a one-time confirmation: valid once, on this message, until it expires or a newer
 * {@code /forget} replaces it.
 */
@Component
class ForgetCommand implements InboundHandler {

	static final String OWNER = "forget";

	private final SignedButtons buttons;

	private final Confirmations confirmations;

	private final PersonLanguage language;

	ForgetCommand(SignedButtons buttons, Confirmations confirmations, PersonLanguage language) {
		this.buttons = buttons;
		this.confirmations = confirmations;
		this.language = language;
	}

	@Override
	public Route route() {
		return Route.commands("forget");
	}

	@Override
	public void handle(InboundEvent event, Replies replies) {
		String locale = this.language.of(event);
		String nonce = this.confirmations.open(event, OWNER);
		OutboxRef question = replies.send(
				OnboardingTexts.get("forget.confirm", this.language.plain(event.chatId()), locale),
				List.of(List.of(button(event, ForgetChoice.YES, nonce, OnboardingTexts.get("forget.yes", locale))),
						List.of(button(event, ForgetChoice.NO, nonce, OnboardingTexts.get("forget.no", locale)))));
		this.confirmations.sentIn(event.chatId(), OWNER, nonce, question);
	}

	private Button button(InboundEvent event, String choice, String nonce, String label) {
		return this.buttons.button(event.chatId(), OWNER, ForgetChoice.payload(choice, nonce), label);
	}

}
