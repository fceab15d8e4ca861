package org.peersupport.conversation;

import org.peersupport.messaging.InboundEvent;
import org.peersupport.messaging.InboundHandler;
import org.peersupport.messaging.Replies;
import org.peersupport.messaging.Route;

/**
 * Presses of conversation buttons; a forged or stale press is told the button is no
 * longer active.
 */
class ConversationButtons implements InboundHandler {

	private final ConversationRuntime runtime;

	ConversationButtons(ConversationRuntime runtime) {
		this.runtime = runtime;
	}

	@Override
	public Route route() {
		return Route.buttons(Prompts.OWNER);
	}

	@Override
	public void handle(InboundEvent event, Replies replies) {
		this.runtime.press(event, replies);
	}

}
