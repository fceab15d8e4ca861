package org.peersupport.groups.moderation;

import org.peersupport.groups.PeerGroup;
import org.peersupport.groups.PeerGroups;
import org.peersupport.groups.Placement;
import org.peersupport.messaging.InboundEvent;
import org.peersupport.messaging.InboundHandler;
import org.peersupport.messaging.InboundKind;
import org.peersupport.messaging.Replies;
import org.peersupport.messaging.Route;

/**
 * Bans made in Telegram itself: a moderator who bans a member through Telegram rather
 * than {@code /ban} is kept like one who used the command (the audit, no placement in
 * that group, the place given on, the person told), and lifting the ban there lifts it
 * here. The bot's own bans never arrive here (the edge leaves out what the bot did), and
 * a ban kept already is not kept again. Decides from the ban as stored before its change,
 * so a second run of the update makes the same calls.
 */
class TelegramBans implements InboundHandler {

	private static final String KICKED = "kicked";

	private final PeerGroups groups;

	private final Placement placement;

	private final Sanctions sanctions;

	TelegramBans(PeerGroups groups, Placement placement, Sanctions sanctions) {
		this.groups = groups;
		this.placement = placement;
		this.sanctions = sanctions;
	}

	@Override
	public Route route() {
		return Route.kind(InboundKind.MEMBER_STATUS);
	}

	@Override
	public void handle(InboundEvent event, Replies replies) {
		Long member = event.userId();
		Long actor = event.actorId();
		boolean bannedNow = KICKED.equals(event.memberStatus());
		boolean bannedBefore = KICKED.equals(event.text());
		// every join, leave and restriction comes here: the store only for a ban or unban
		if (member == null || actor == null || member.equals(actor) || bannedNow == bannedBefore) {
			return;
		}
		PeerGroup group = this.groups.find(event.chatId()).orElse(null);
		if (group == null) {
			return;
		}
		boolean kept = this.placement.isBanned(group.chatId(), member);
		Sanctions.Actor moderator = Sanctions.Actor.moderator(actor, "telegram", event.receivedAt());
		if (bannedNow && !bannedBefore && !kept) {
			this.sanctions.bannedInTelegram(replies, group, member, moderator);
		}
		else if (bannedBefore && !bannedNow && kept) {
			this.sanctions.unbannedInTelegram(replies, group, member, moderator);
		}
	}

}
