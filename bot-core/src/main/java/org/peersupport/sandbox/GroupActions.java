package org.peersupport.sandbox;

import tools.jackson.databind.node.ObjectNode;

/**
 * The user side of groups: create, join through a link, write, migrate.
 */
final class GroupActions {

	private final EmulatorState state;

	private final Memberships memberships;

	GroupActions(EmulatorState state, Memberships memberships) {
		this.state = state;
		this.memberships = memberships;
	}

	long createGroup(String title, String type, long ownerId) {
		if (!"supergroup".equals(type) && !"group".equals(type)) {
			throw new IllegalArgumentException("Group type must be supergroup or group: " + type);
		}
		this.state.ensureUser(ownerId, null, null);
		ChatRoom room = this.state.newGroup((title != null) ? title : "Sandbox group", type, ownerId);
		synchronized (room) {
			this.memberships.botChanged(room, ownerId, ChatRoom.LEFT, ChatRoom.ADMINISTRATOR);
		}
		return room.id();
	}

	SentUpdate join(long userId, String inviteLink) {
		InviteLink link = this.state.inviteLink(inviteLink);
		if (link == null) {
			throw new IllegalArgumentException("Unknown invite link");
		}
		ChatRoom room = existing(link.chatId());
		this.state.ensureUser(userId, null, null);
		synchronized (room) {
			if (room.migratedTo() != null || !room.botMember()) {
				throw new IllegalStateException("The link's group is gone (migrated or left by the bot)");
			}
			if (ChatRoom.KICKED.equals(room.status(userId))) {
				throw new IllegalStateException("The user is banned in this group");
			}
			if (room.isMember(userId)) {
				throw new IllegalStateException("The user is already a member");
			}
			if (!link.createsJoinRequest()) {
				return new SentUpdate(this.memberships.admit(room, userId, userId), 0, null);
			}
			if (!room.addJoinRequest(userId)) {
				throw new IllegalStateException("The user's join request is already pending");
			}
			ObjectNode request = TelegramJson.object();
			request.set("chat", this.state.chatJson(room));
			request.set("from", this.state.userJson(userId));
			request.put("user_chat_id", userId);
			request.put("date", this.state.now());
			request.set("invite_link", this.state.json.inviteLink(link));
			return new SentUpdate(this.state.emit("chat_join_request", request), 0, null);
		}
	}

	SentUpdate leave(long chatId, long userId) {
		ChatRoom room = existing(chatId);
		synchronized (room) {
			if (room.isPrivate() || room.migratedTo() != null || !room.isMember(userId)) {
				throw new IllegalStateException("The user is not a member of group " + chatId);
			}
			if (userId == room.ownerId()) {
				throw new IllegalStateException("The owner cannot leave in the sandbox");
			}
			return new SentUpdate(this.memberships.left(room, userId), 0, null);
		}
	}

	SentUpdate sendGroupText(long chatId, long userId, String text) {
		return sendGroupPost(chatId, userId, GroupPost.text(text));
	}

	SentUpdate sendGroupPost(long chatId, long userId, GroupPost post) {
		ChatRoom room = existing(chatId);
		synchronized (room) {
			if (room.isPrivate() || room.migratedTo() != null) {
				throw new IllegalStateException("Chat " + chatId + " is not an active group");
			}
			room.liftExpired(this.state.now());
			if (!room.isMember(userId) || !mayPost(room, userId, post)) {
				throw new IllegalStateException("The user may not write in this group");
			}
			long messageId = room.addUserMessage(userId, post.text(), post.kind());
			ObjectNode message = TelegramJson.message(messageId, this.state.userJson(userId), this.state.chatJson(room),
					this.state.now());
			if (post.kind() != null) {
				NonTextContent.put(message, post.kind());
			}
			else {
				TelegramJson.putText(message, post.text());
			}
			if (post.forwarded()) {
				ObjectNode origin = TelegramJson.object();
				origin.put("type", "hidden_user");
				origin.put("sender_user_name", "Someone");
				origin.put("date", this.state.now());
				message.set("forward_origin", origin);
			}
			if (post.replyTo() != null) {
				message.set("reply_to_message", repliedTo(room, post.replyTo()));
			}
			return new SentUpdate(this.state.emit("message", message), messageId, null);
		}
	}

	/** What a member may post: a restricted one only what the restriction allows. */
	private static boolean mayPost(ChatRoom room, long userId, GroupPost post) {
		if (!ChatRoom.RESTRICTED.equals(room.status(userId))) {
			return true;
		}
		tools.jackson.databind.JsonNode allowed = room.restrictions(userId);
		String permission = switch ((post.kind() != null) ? post.kind() : "text") {
			case "photo" -> "can_send_photos";
			case "voice" -> "can_send_voice_notes";
			case "document" -> "can_send_documents";
			case "sticker" -> "can_send_other_messages";
			default -> "can_send_messages";
		};
		return allowed.path(permission).asBoolean(false);
	}

	private ObjectNode repliedTo(ChatRoom room, long messageId) {
		ChatRoom.UserMessage user = room.userMessage(messageId);
		StoredMessage bot = room.botMessage(messageId);
		if (user != null && user.fromId() != 0) {
			ObjectNode replied = TelegramJson.message(messageId, this.state.userJson(user.fromId()),
					this.state.chatJson(room), this.state.now());
			if (user.text() != null) {
				replied.put("text", user.text());
			}
			return replied;
		}
		if (bot != null && !bot.deleted()) {
			return this.state.json.botMessage(bot, this.state.chatJson(room));
		}
		throw new IllegalArgumentException("No message " + messageId + " to reply to in chat " + room.id());
	}

	/**
	 * The owner makes a member an administrator of the group (a moderator); a chat_member
	 * update if the bot asked for them.
	 */
	SentUpdate promote(long chatId, long userId) {
		ChatRoom room = existing(chatId);
		synchronized (room) {
			if (room.isPrivate() || room.migratedTo() != null || !room.isMember(userId)) {
				throw new IllegalStateException("The user is not a member of group " + chatId);
			}
			String old = room.status(userId);
			if (ChatRoom.CREATOR.equals(old)) {
				return new SentUpdate(0, 0, null);
			}
			room.status(userId, ChatRoom.ADMINISTRATOR);
			return new SentUpdate(this.memberships.memberChanged(room, userId, room.ownerId(), old), 0, null);
		}
	}

	/**
	 * An administrator of the group (its owner, or a member made one) bans a user there
	 * in Telegram itself, not through the bot: a chat_member update (to kicked) from that
	 * administrator, if the bot asked for them. Like {@code banChatMember} here, no
	 * service message.
	 */
	SentUpdate banByAdmin(long chatId, long adminId, long userId) {
		ChatRoom room = existing(chatId);
		synchronized (room) {
			checkAdmin(room, adminId);
			if (userId == room.ownerId() || userId == adminId) {
				throw new IllegalStateException("An administrator cannot ban the owner or themselves");
			}
			String old = room.status(userId);
			if (ChatRoom.KICKED.equals(old)) {
				throw new IllegalStateException("The user is banned in this group already");
			}
			this.state.ensureUser(userId, null, null);
			room.status(userId, ChatRoom.KICKED);
			return new SentUpdate(this.memberships.memberChanged(room, userId, adminId, old), 0, null);
		}
	}

	/**
	 * An administrator lifts a ban in Telegram itself: the user is no longer a member and
	 * may join again; a chat_member update (kicked to left) from that administrator.
	 */
	SentUpdate unbanByAdmin(long chatId, long adminId, long userId) {
		ChatRoom room = existing(chatId);
		synchronized (room) {
			checkAdmin(room, adminId);
			if (!ChatRoom.KICKED.equals(room.status(userId))) {
				throw new IllegalStateException("The user is not banned in group " + chatId);
			}
			room.status(userId, ChatRoom.LEFT);
			return new SentUpdate(this.memberships.memberChanged(room, userId, adminId, ChatRoom.KICKED), 0, null);
		}
	}

	private static void checkAdmin(ChatRoom room, long adminId) {
		if (room.isPrivate() || room.migratedTo() != null) {
			throw new IllegalStateException("Chat " + room.id() + " is not an active group");
		}
		String status = room.status(adminId);
		if (!ChatRoom.CREATOR.equals(status) && !ChatRoom.ADMINISTRATOR.equals(status)) {
			throw new IllegalStateException("User " + adminId + " does not administer group " + room.id());
		}
	}

	long migrate(long chatId) {
		ChatRoom old = existing(chatId);
		ChatRoom successor;
		synchronized (old) {
			if (old.isPrivate() || old.migratedTo() != null) {
				throw new IllegalStateException("Chat " + chatId + " is not a group that can migrate");
			}
			successor = this.state.migrate(old);
			this.memberships.serviceMessage(old, old.ownerId(), "migrate_to_chat_id", successor.id());
		}
		synchronized (successor) {
			this.memberships.serviceMessage(successor, old.ownerId(), "migrate_from_chat_id", chatId);
		}
		return successor.id();
	}

	/**
	 * The owner gives or takes some of the bot's administrator rights: a my_chat_member
	 * update (administrator to administrator) with the new rights.
	 */
	SentUpdate botRights(long chatId, java.util.Map<String, Boolean> rights) {
		ChatRoom room = existing(chatId);
		synchronized (room) {
			if (room.isPrivate() || room.migratedTo() != null || !room.botMember()) {
				throw new IllegalStateException("Chat " + chatId + " is not an active group with the bot");
			}
			rights.forEach((right, granted) -> {
				if (!TelegramJson.isAdminRight(right)) {
					throw new IllegalArgumentException("Not an administrator right: " + right);
				}
				room.botRight(right, granted);
			});
			return new SentUpdate(
					this.memberships.botChanged(room, room.ownerId(), ChatRoom.ADMINISTRATOR, ChatRoom.ADMINISTRATOR),
					0, null);
		}
	}

	/** The owner removes the bot from the group: a my_chat_member update (to left). */
	SentUpdate removeBot(long chatId) {
		ChatRoom room = existing(chatId);
		synchronized (room) {
			if (room.isPrivate() || room.migratedTo() != null || !room.botMember()) {
				throw new IllegalStateException("Chat " + chatId + " is not an active group with the bot");
			}
			room.botMember(false);
			return new SentUpdate(
					this.memberships.botChanged(room, room.ownerId(), ChatRoom.ADMINISTRATOR, ChatRoom.LEFT), 0, null);
		}
	}

	private ChatRoom existing(long chatId) {
		ChatRoom room = this.state.room(chatId);
		if (room == null) {
			throw new IllegalArgumentException("Unknown chat " + chatId);
		}
		return room;
	}

}
