package org.peersupport.requests;

import org.peersupport.messaging.InboundEvent;
import org.peersupport.messaging.InboundHandler;
import org.peersupport.messaging.Replies;
import org.peersupport.messaging.Route;

/**
 * {@code /help_request}: the participant's open requests and the categories to ask for
 * help in.
 */
class HelpRequestCommand implements InboundHandler {

	/** The command's name. */
	static final String NAME = "help_request";

	private final RequestIntake intake;

	HelpRequestCommand(RequestIntake intake) {
		this.intake = intake;
	}

	@Override
	public Route route() {
		return Route.commands(NAME);
	}

	@Override
	public void handle(InboundEvent event, Replies replies) {
		this.intake.show(event, replies);
	}

}
