package org.peersupport.groups.moderation;

import org.peersupport.groups.PeerGroup;
import org.peersupport.messaging.InboundEvent;
import org.peersupport.messaging.Replies;

/**
 * {@code /ban} as a reply: the author of the replied message is removed from the group
 * and may not come back until unbanned; their place goes to the next who waits.
 */
class BanCommand implements InGroupCommand {

	private final Sanctions sanctions;

	BanCommand(Sanctions sanctions) {
		this.sanctions = sanctions;
	}

	@Override
	public String name() {
		return "ban";
	}

	@Override
	public boolean forModerators() {
		return true;
	}

	@Override
	public void run(InboundEvent event, Replies replies, PeerGroup group) {
		Long target = Target.of(event, replies, group, this.sanctions);
		if (target != null) {
			this.sanctions.ban(replies, group, target,
					Sanctions.Actor.moderator(event.userId(), "command", event.receivedAt()));
		}
	}

}
