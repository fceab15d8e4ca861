package org.peersupport.e2e;

import org.peersupport.messaging.InboundEvent;
import org.peersupport.messaging.InboundHandler;
import org.peersupport.messaging.Replies;
import org.peersupport.messaging.Route;

/**
 * A test conversation that echoes every private text, so tests can see order and
 * duplicates.
 */
public class EchoConversation implements InboundHandler {

	@Override
	public Route route() {
		return Route.conversation();
	}

	@Override
	public boolean accepts(InboundEvent event) {
		return event.hasText();
	}

	@Override
	public void handle(InboundEvent event, Replies replies) {
		replies.send("echo " + event.text());
	}

}
