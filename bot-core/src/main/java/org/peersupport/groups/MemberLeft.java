package org.peersupport.groups;

import org.peersupport.messaging.InboundEvent;
import org.peersupport.messaging.InboundHandler;
import org.peersupport.messaging.InboundKind;
import org.peersupport.messaging.Replies;
import org.peersupport.messaging.Route;

/**
 * A member left a group in Telegram (or was removed there): the place they held in it is
 * freed and goes to the next who waits.
 */
class MemberLeft implements InboundHandler {

	private final Placement placement;

	MemberLeft(Placement placement) {
		this.placement = placement;
	}

	@Override
	public Route route() {
		return Route.kind(InboundKind.MEMBER_LEFT);
	}

	@Override
	public void handle(InboundEvent event, Replies replies) {
		if (event.userId() != null && event.chatType().isGroup()) {
			this.placement.left(event.chatId(), event.userId());
		}
	}

}
