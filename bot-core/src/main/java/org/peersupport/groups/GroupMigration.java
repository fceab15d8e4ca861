package org.peersupport.groups;

import org.peersupport.messaging.InboundEvent;
import org.peersupport.messaging.InboundHandler;
import org.peersupport.messaging.InboundKind;
import org.peersupport.messaging.Replies;
import org.peersupport.messaging.Route;

/**
 * A group that became a supergroup keeps its registration, settings and members' places
 * under the new chat id.
 */
class GroupMigration implements InboundHandler {

	private final PeerGroups groups;

	private final GroupPlaces places;

	private final GroupBans bans;

	private final HeldJoinRequests held;

	private final GroupNotices notices;

	GroupMigration(PeerGroups groups, GroupPlaces places, GroupBans bans, HeldJoinRequests held, GroupNotices notices) {
		this.held = held;
		this.notices = notices;
		this.groups = groups;
		this.places = places;
		this.bans = bans;
	}

	@Override
	public Route route() {
		return Route.kind(InboundKind.CHAT_MIGRATED);
	}

	@Override
	public void handle(InboundEvent event, Replies replies) {
		if (event.migratedToChatId() != null) {
			this.groups.migrate(event.chatId(), event.migratedToChatId());
			this.places.migrate(event.chatId(), event.migratedToChatId());
			this.bans.migrate(event.chatId(), event.migratedToChatId());
			// a request made to the old chat cannot be decided in the new one
			this.held.migrate(event.chatId());
			this.notices.forgetMigrated(event.chatId());
		}
	}

}
