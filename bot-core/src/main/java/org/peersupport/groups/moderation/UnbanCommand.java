package org.peersupport.groups.moderation;

import org.peersupport.groups.PeerGroup;
import org.peersupport.messaging.InboundEvent;
import org.peersupport.messaging.Replies;

/**
 * {@code /unban} as a reply to a message of a banned person: the ban is lifted, and they
 * hear that they may ask for a group again.
 */
class UnbanCommand implements InGroupCommand {

	private final Sanctions sanctions;

	UnbanCommand(Sanctions sanctions) {
		this.sanctions = sanctions;
	}

	@Override
	public String name() {
		return "unban";
	}

	@Override
	public boolean forModerators() {
		return true;
	}

	@Override
	public void run(InboundEvent event, Replies replies, PeerGroup group) {
		Long target = Target.of(event, replies, group, this.sanctions);
		if (target != null) {
			this.sanctions.unban(replies, group, target,
					Sanctions.Actor.moderator(event.userId(), "command", event.receivedAt()));
		}
	}

}
