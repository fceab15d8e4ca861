package org.peersupport.conversation;

import org.peersupport.messaging.InboundEvent;
import org.peersupport.messaging.InboundHandler;
import org.peersupport.messaging.Replies;
import org.peersupport.messaging.Route;

/**
 * Private messages in a chat whose conversation waits for an answer and takes them
 * ({@link ConversationRuntime#takes}).
 */
class ConversationMessages implements InboundHandler {

	private final ConversationRuntime runtime;

	ConversationMessages(ConversationRuntime runtime) {
		this.runtime = runtime;
	}

	@Override
	public Route route() {
		return Route.conversation();
	}

	@Override
	public boolean accepts(InboundEvent event) {
		return this.runtime.takes(event);
	}

	@Override
	public void handle(InboundEvent event, Replies replies) {
		this.runtime.answer(event, replies);
	}

}
