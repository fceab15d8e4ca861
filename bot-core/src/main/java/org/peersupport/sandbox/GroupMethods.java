package org.peersupport.sandbox;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bot methods about groups and their members: invite links, join requests, bans,
 * restrictions, member and chat look-ups, leaving.
 */
final class GroupMethods {

	private final EmulatorState state;

	private final Memberships memberships;

	GroupMethods(EmulatorState state, Memberships memberships) {
		this.state = state;
		this.memberships = memberships;
	}

	void register(BotMethodRegistry registry) {
		registry.add("createChatInviteLink", false, this::createChatInviteLink);
		registry.add("approveChatJoinRequest", false, (params) -> decideJoinRequest(params, true));
		registry.add("declineChatJoinRequest", false, (params) -> decideJoinRequest(params, false));
		registry.add("banChatMember", false, this::banChatMember);
		registry.add("unbanChatMember", false, this::unbanChatMember);
		registry.add("restrictChatMember", false, this::restrictChatMember);
		registry.add("getChatMember", false, this::getChatMember);
		registry.add("getChat", false, this::getChat);
		registry.add("leaveChat", false, this::leaveChat);
	}

	JsonNode createChatInviteLink(RequestParams params) {
		ChatRoom room = groupForBot(params.chatId());
		InviteLink link = new InviteLink(this.state.newInviteLink(), room.id(), params.flag("creates_join_request"),
				params.string("name"));
		synchronized (room) {
			EmulatorState.checkWritable(room);
			this.state.putInviteLink(link);
		}
		return this.state.json.inviteLink(link);
	}

	JsonNode decideJoinRequest(RequestParams params, boolean approve) {
		ChatRoom room = groupForBot(params.chatId());
		long userId = params.requiredLong("user_id");
		synchronized (room) {
			EmulatorState.checkWritable(room);
			if (!room.removeJoinRequest(userId)) {
				throw BotApiError.badRequest("HIDE_REQUESTER_MISSING");
			}
			if (approve) {
				this.memberships.admit(room, userId, this.state.settings.botId());
			}
			room.botAction(new GroupChat.BotAction(approve ? "approved" : "declined", userId, 0, this.state.now()));
		}
		return BooleanNode.TRUE;
	}

	JsonNode banChatMember(RequestParams params) {
		ChatRoom room = groupForBot(params.chatId());
		long userId = params.requiredLong("user_id");
		synchronized (room) {
			EmulatorState.checkWritable(room);
			if (userId == room.ownerId()) {
				throw BotApiError.badRequest("can't remove chat owner");
			}
			String old = room.status(userId);
			room.status(userId, ChatRoom.KICKED);
			room.botAction(new GroupChat.BotAction("banned", userId, 0, this.state.now()));
			this.memberships.memberChanged(room, userId, this.state.settings.botId(), old);
		}
		return BooleanNode.TRUE;
	}

	/** Like Telegram: afterwards the user is not a member but may join again. */
	JsonNode unbanChatMember(RequestParams params) {
		ChatRoom room = groupForBot(params.chatId());
		long userId = params.requiredLong("user_id");
		synchronized (room) {
			EmulatorState.checkWritable(room);
			String old = room.status(userId);
			boolean banned = ChatRoom.KICKED.equals(old);
			if (userId == room.ownerId() || (params.flag("only_if_banned") && !banned) || ChatRoom.LEFT.equals(old)) {
				return BooleanNode.TRUE;
			}
			room.status(userId, ChatRoom.LEFT);
			room.botAction(new GroupChat.BotAction("unbanned", userId, 0, this.state.now()));
			this.memberships.memberChanged(room, userId, this.state.settings.botId(), old);
		}
		return BooleanNode.TRUE;
	}

	JsonNode restrictChatMember(RequestParams params) {
		ChatRoom room = groupForBot(params.chatId());
		long userId = params.requiredLong("user_id");
		JsonNode permissions = params.json("permissions");
		if (permissions == null || !permissions.isObject()) {
			throw BotApiError.missing("permissions");
		}
		synchronized (room) {
			EmulatorState.checkWritable(room);
			if (userId == room.ownerId()) {
				throw BotApiError.badRequest("can't restrict chat owner");
			}
			room.liftExpired(this.state.now());
			String old = room.status(userId);
			if (TelegramJson.grantsEverything(permissions)) {
				room.status(userId, room.isMember(userId) ? ChatRoom.MEMBER : ChatRoom.LEFT);
				room.botAction(new GroupChat.BotAction("unrestricted", userId, 0, this.state.now()));
			}
			else {
				room.restrict(userId, permissions,
						untilDate(params.has("until_date") ? params.requiredLong("until_date") : 0));
				room.botAction(new GroupChat.BotAction("restricted", userId, 0, this.state.now()));
			}
			this.memberships.memberChanged(room, userId, this.state.settings.botId(), old);
		}
		return BooleanNode.TRUE;
	}

	/**
	 * Like Telegram: an end less than 30 seconds or more than 366 days away means no end.
	 */
	private long untilDate(long requested) {
		long now = this.state.now();
		if (requested <= 0 || requested < now + 30 || requested > now + 366L * 24 * 3600) {
			return 0;
		}
		return requested;
	}

	JsonNode getChatMember(RequestParams params) {
		ChatRoom room = this.state.roomForBot(params.chatId());
		long userId = params.requiredLong("user_id");
		if (userId != this.state.settings.botId() && this.state.user(userId) == null) {
			throw BotApiError.badRequest("user not found");
		}
		synchronized (room) {
			if (room.migratedTo() != null) {
				throw BotApiError.migrated(room.migratedTo());
			}
			if (userId == this.state.settings.botId()) {
				String status = room.botMember() ? (room.isPrivate() ? ChatRoom.MEMBER : ChatRoom.ADMINISTRATOR)
						: ChatRoom.LEFT;
				return TelegramJson.chatMember(status, this.state.json.bot(), null);
			}
			room.liftExpired(this.state.now());
			ObjectNode member = TelegramJson.chatMember(room.status(userId), this.state.userJson(userId),
					room.restrictions(userId));
			if (ChatRoom.RESTRICTED.equals(room.status(userId))) {
				member.put("until_date", room.restrictedUntil(userId));
			}
			return member;
		}
	}

	JsonNode getChat(RequestParams params) {
		ChatRoom room = this.state.roomForBot(params.chatId());
		synchronized (room) {
			if (room.migratedTo() != null) {
				throw BotApiError.migrated(room.migratedTo());
			}
			return TelegramJson.chatFullInfo(room, room.isPrivate() ? this.state.user(room.id()) : null);
		}
	}

	JsonNode leaveChat(RequestParams params) {
		ChatRoom room = groupForBot(params.chatId());
		synchronized (room) {
			EmulatorState.checkWritable(room);
			room.botMember(false);
			this.memberships.botChanged(room, this.state.settings.botId(), ChatRoom.ADMINISTRATOR, ChatRoom.LEFT);
		}
		return BooleanNode.TRUE;
	}

	private ChatRoom groupForBot(long chatId) {
		ChatRoom room = this.state.roomForBot(chatId);
		if (room.isPrivate()) {
			throw BotApiError.badRequest("method is available for supergroup and channel chats only");
		}
		return room;
	}

}
