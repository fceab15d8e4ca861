package org.peersupport.groups.moderation;

import java.util.List;

import org.peersupport.groups.PeerGroup;
import org.peersupport.messaging.InboundEvent;
import org.peersupport.messaging.Outgoing;
import org.peersupport.messaging.Replies;

/**
 * The member a moderator's command is about: the author of the message it replies to. A
 * command that replies to nobody's message tells the moderator privately how to use it.
 */
final class Target {

	private Target() {
	}

	/** The author of the replied message, or null (after telling the moderator). */
	static Long of(InboundEvent event, Replies replies, PeerGroup group, Sanctions sanctions) {
		Long target = event.details().isReply() ? event.details().replyToUserId() : null;
		if (target == null || target.equals(event.userId())) {
			replies.put(new Outgoing.SendMessage(event.userId(), false,
					ModerationTexts.said("needsReply", sanctions.voiceOf(event.userId(), group)), List.of()));
			return null;
		}
		return target;
	}

}
