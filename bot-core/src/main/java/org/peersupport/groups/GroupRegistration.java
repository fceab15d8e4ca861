package org.peersupport.groups;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.peersupport.messaging.InboundEvent;
import org.peersupport.messaging.InboundHandler;
import org.peersupport.messaging.InboundKind;
import org.peersupport.messaging.Replies;
import org.peersupport.messaging.Route;
import org.peersupport.safety.ModeratorAlerts;
import org.peersupport.safety.ModeratorAlerts.Reason;
import org.peersupport.safety.ModeratorsProperties;

/**
 * The bot's own membership in a group: added registers the group as pending, removed
 * makes it inactive, and rights the bot lacks are recorded; moderators are told of each
 * (in the group's own moderators' chat when it has one). Decides from the group as stored
 * before any change and stores its alerts first, so a second run of the same update
 * alerts once.
 */
class GroupRegistration implements InboundHandler {

	private final PeerGroups groups;

	private final ModeratorAlerts alerts;

	private final ModeratorsProperties moderators;

	GroupRegistration(PeerGroups groups, ModeratorAlerts alerts, ModeratorsProperties moderators) {
		this.groups = groups;
		this.alerts = alerts;
		this.moderators = moderators;
	}

	@Override
	public Route route() {
		return Route.kind(InboundKind.BOT_MEMBERSHIP);
	}

	@Override
	public void handle(InboundEvent event, Replies replies) {
		if (!event.chatType().isGroup() || Long.valueOf(event.chatId()).equals(this.moderators.chatId())) {
			// the moderators' own chat is where alerts go, not a peer group
			return;
		}
		String status = (event.memberStatus() != null) ? event.memberStatus() : "";
		Optional<PeerGroup> before = this.groups.find(event.chatId());
		switch (status) {
			case "left", "kicked" -> removed(event, replies, before);
			case "administrator", "member", "restricted" -> present(event, replies, before);
			default -> {
			}
		}
	}

	private void present(InboundEvent event, Replies replies, Optional<PeerGroup> before) {
		List<String> missing = (event.text() != null) ? Arrays.asList(event.text().split(" ")) : List.of();
		String programme = before.map(PeerGroup::programme).orElse(null);
		Long groupModerators = before.map(PeerGroup::moderatorsChat).orElse(null);
		boolean waits = before.map((group) -> group.status() == GroupStatus.INACTIVE).orElse(true);
		if (waits) {
			this.alerts.aboutGroup(replies, Reason.GROUP_PENDING, event.chatId(), programme, null, groupModerators);
		}
		boolean rightsChanged = !missing.equals(before.map(PeerGroup::missingRights).orElse(List.of()));
		if (!missing.isEmpty() && (waits || rightsChanged)) {
			this.alerts.aboutGroup(replies, Reason.GROUP_RIGHTS_MISSING, event.chatId(), programme,
					String.join(", ", missing), groupModerators);
		}
		this.groups.botPresent(event.chatId(), missing);
	}

	private void removed(InboundEvent event, Replies replies, Optional<PeerGroup> before) {
		if (before.isEmpty() || before.get().status() == GroupStatus.INACTIVE) {
			return;
		}
		this.alerts.aboutGroup(replies, Reason.GROUP_REMOVED, event.chatId(), before.get().programme(), null,
				before.get().moderatorsChat());
		this.groups.botRemoved(event.chatId());
	}

}
