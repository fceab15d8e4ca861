package org.peersupport.onboarding;

import org.peersupport.conversation.ConversationRuntime;
import org.peersupport.messaging.InboundEvent;
import org.peersupport.messaging.InboundHandler;
import org.peersupport.messaging.Replies;
import org.peersupport.messaging.Route;

import org.springframework.stereotype.Component;

/**
 * {@code /cancel}: stops the conversation in progress.
 */
@Component
class CancelCommand implements InboundHandler {

	private final ConversationRuntime runtime;

	private final PersonLanguage language;

	CancelCommand(ConversationRuntime runtime, PersonLanguage language) {
		this.runtime = runtime;
		this.language = language;
	}

	@Override
	public Route route() {
		return Route.commands("cancel");
	}

	@Override
	public void handle(InboundEvent event, Replies replies) {
		String locale = this.language.of(event);
		boolean open = this.runtime.open(event.chatId()).isPresent();
		replies.send(OnboardingTexts.get(open ? "cancel.done" : "cancel.nothing", this.language.plain(event.chatId()),
				locale));
		this.runtime.cancel(event, replies);
	}

}
