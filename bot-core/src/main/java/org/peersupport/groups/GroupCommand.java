package org.peersupport.groups;

import org.peersupport.messaging.InboundEvent;
import org.peersupport.messaging.InboundHandler;
import org.peersupport.messaging.Replies;
import org.peersupport.messaging.Route;

/**
 * {@code /group}: where the person is (their group, the place kept for them, the waiting
 * list), the group’s rules again, and buttons to change group or leave.
 */
class GroupCommand implements InboundHandler {

	/** The command's name. */
	static final String NAME = "group";

	private final GroupStatusView view;

	GroupCommand(GroupStatusView view) {
		this.view = view;
	}

	@Override
	public Route route() {
		return Route.commands(NAME);
	}

	@Override
	public void handle(InboundEvent event, Replies replies) {
		this.view.show(event, replies);
	}

}
