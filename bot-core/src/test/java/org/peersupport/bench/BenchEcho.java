package org.peersupport.bench;

import org.peersupport.messaging.InboundEvent;
import org.peersupport.messaging.InboundHandler;
import org.peersupport.messaging.Replies;
import org.peersupport.messaging.Route;

/**
 * The benchmark's conversation: echoes every private text through the outbox, as the bare
 * library's consumer does with a direct call.
 */
final class BenchEcho implements InboundHandler {

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
		replies.send(EchoLoad.echoOf(event.text()));
	}

}
