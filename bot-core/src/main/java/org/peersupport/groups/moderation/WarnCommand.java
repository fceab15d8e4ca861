package org.peersupport.groups.moderation;

import org.peersupport.groups.PeerGroup;
import org.peersupport.messaging.InboundEvent;
import org.peersupport.messaging.Replies;

/**
 * {@code /warn} as a reply: the author of the replied message is warned privately (and
 * muted if it makes enough warnings).
 */
class WarnCommand implements InGroupCommand {

	private final Sanctions sanctions;

	WarnCommand(Sanctions sanctions) {
		this.sanctions = sanctions;
	}

	@Override
	public String name() {
		return "warn";
	}

	@Override
	public boolean forModerators() {
		return true;
	}

	@Override
	public void run(InboundEvent event, Replies replies, PeerGroup group) {
		Long target = Target.of(event, replies, group, this.sanctions);
		if (target != null) {
			this.sanctions.warn(replies, group, target, Breach.MODERATOR, false,
					Sanctions.Actor.moderator(event.userId(), "command", event.receivedAt()));
		}
	}

}
