package org.peersupport.groups.moderation;

import org.peersupport.messaging.InboundEvent;
import org.peersupport.messaging.InboundHandler;
import org.peersupport.messaging.InboundKind;
import org.peersupport.messaging.Replies;
import org.peersupport.messaging.Route;

/**
 * A group that became a supergroup keeps its moderation under the new chat id: the
 * audit's entries and its members' conduct (warnings, recent posts, mutes). Reports stay
 * with the old id: the messages they name belong to the old chat.
 */
class ModerationMigration implements InboundHandler {

	private final ModerationLog log;

	private final Conducts conducts;

	ModerationMigration(ModerationLog log, Conducts conducts) {
		this.log = log;
		this.conducts = conducts;
	}

	@Override
	public Route route() {
		return Route.kind(InboundKind.CHAT_MIGRATED);
	}

	@Override
	public void handle(InboundEvent event, Replies replies) {
		if (event.migratedToChatId() != null) {
			this.log.migrate(event.chatId(), event.migratedToChatId());
			this.conducts.migrate(event.chatId(), event.migratedToChatId());
		}
	}

}
