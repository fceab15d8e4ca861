package org.peersupport.groups;

import org.peersupport.messaging.InboundEvent;
import org.peersupport.messaging.InboundHandler;
import org.peersupport.messaging.InboundKind;
import org.peersupport.messaging.OutboxRef;
import org.peersupport.messaging.Outgoing;
import org.peersupport.messaging.Replies;
import org.peersupport.messaging.Route;
import org.peersupport.participants.Participant;
import org.peersupport.participants.Participants;
import org.peersupport.safety.ModeratorAlerts;

import java.time.Clock;
import java.util.Optional;

import org.peersupport.groups.moderation.Newcomers;

/**
 * A request to join a group through an invite link: approved only for the person the bot
 * placed there who agreed to the group's rules, who is then welcomed in the group by
 * their pseudonym (never their Telegram name) and may send text only for a while
 * ({@link Newcomers}); anyone else is declined, or held for a moderator where the group
 * says so ({@link HeldJoinRequests}; never someone banned from the group), and the
 * group's moderators are told once per held request. The welcome is a notice the bot
 * deletes after a while ({@link GroupNotices}). Decides from the place as stored before
 * its change, so a second run of the update makes the same calls.
 */
class JoinRequests implements InboundHandler {

	private final Placement placement;

	private final GroupPlaces places;

	private final PeerGroups groups;

	private final Participants participants;

	private final Newcomers newcomers;

	private final Clock clock;

	private final HeldJoinRequests held;

	private final ModeratorAlerts alerts;

	private final GroupNotices notices;

	JoinRequests(Placement placement, GroupPlaces places, PeerGroups groups, Participants participants,
			Newcomers newcomers, HeldJoinRequests held, ModeratorAlerts alerts, GroupNotices notices, Clock clock) {
		this.held = held;
		this.alerts = alerts;
		this.notices = notices;
		this.placement = placement;
		this.places = places;
		this.groups = groups;
		this.participants = participants;
		this.newcomers = newcomers;
		this.clock = clock;
	}

	@Override
	public Route route() {
		return Route.kind(InboundKind.JOIN_REQUEST);
	}

	@Override
	public void handle(InboundEvent event, Replies replies) {
		Long userId = event.userId();
		if (userId == null || !event.chatType().isGroup()) {
			return;
		}
		if (!this.placement.admits(event.chatId(), userId)) {
			Optional<PeerGroup> holding = this.groups.find(event.chatId())
				.filter((g) -> g.status() == GroupStatus.ACTIVE && g.holdJoinRequests())
				.filter((g) -> !this.placement.isBanned(event.chatId(), userId));
			if (holding.isPresent()) {
				hold(event, holding.get(), userId);
			}
			else {
				replies.put(new Outgoing.DeclineJoin(event.chatId(), userId));
			}
			return;
		}
		replies.put(new Outgoing.ApproveJoin(event.chatId(), userId));
		this.places.joined(userId, event.chatId(), this.clock.instant());
		Optional<PeerGroup> group = this.groups.find(event.chatId());
		// text only for a while, rather than anything harsher
		group.ifPresent((g) -> this.newcomers.welcome(replies, g, userId));
		String language = group.map(PeerGroup::language).orElse("en");
		String pseudonym = this.participants.find(userId).map(Participant::pseudonym).orElse(null);
		OutboxRef welcome = replies.send((pseudonym != null) ? GroupTexts.get("welcome", language, pseudonym)
				: GroupTexts.get("welcome.nameless", language));
		this.notices.posted(welcome, event.chatId());
	}

	/**
	 * Holds the request for a moderator. The moderators are told first, under a name of
	 * this request, and only while it is not held yet: a second run of the update, or the
	 * same person asking again while held, tells them nothing more.
	 */
	private void hold(InboundEvent event, PeerGroup group, long userId) {
		if (this.held.isHeld(group.chatId(), userId)) {
			return;
		}
		this.alerts.aboutGroup("grp-held-alert:" + group.chatId() + ":" + userId + ":" + event.receipt(),
				ModeratorAlerts.Reason.JOIN_HELD, group.chatId(), group.programme(),
				(group.name() != null && !group.name().isBlank()) ? group.name() : Long.toString(group.chatId()),
				group.moderatorsChat());
		this.held.hold(group.chatId(), userId, event.receivedAt());
	}

}
