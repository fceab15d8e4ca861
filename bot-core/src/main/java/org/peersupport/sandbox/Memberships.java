package org.peersupport.sandbox;

import tools.jackson.databind.node.ObjectNode;

/**
 * Membership changes in a chat and the updates they produce. Callers hold the room's
 * lock, so a chat's updates are queued in the order its changes happen.
 */
final class Memberships {

	private final EmulatorState state;

	Memberships(EmulatorState state) {
		this.state = state;
	}

	/**
	 * The user becomes a member: a new_chat_members service message and a chat_member
	 * update.
	 * @return the id of the service message's update
	 */
	long admit(ChatRoom room, long userId, long actorId) {
		String old = room.status(userId);
		room.status(userId, ChatRoom.MEMBER);
		room.removeJoinRequest(userId);
		ObjectNode user = this.state.userJson(userId);
		ObjectNode message = TelegramJson.message(room.addUserMessage(), this.state.userJson(actorId),
				this.state.chatJson(room), this.state.now());
		message.putArray("new_chat_members").add(user);
		long updateId = this.state.emit("message", message);
		memberChanged(room, userId, actorId, old);
		return updateId;
	}

	/**
	 * The user leaves: a left_chat_member service message and a chat_member update.
	 * @return the id of the service message's update
	 */
	long left(ChatRoom room, long userId) {
		String old = room.status(userId);
		room.status(userId, ChatRoom.LEFT);
		ObjectNode message = TelegramJson.message(room.addUserMessage(), this.state.userJson(userId),
				this.state.chatJson(room), this.state.now());
		message.set("left_chat_member", this.state.userJson(userId));
		long updateId = this.state.emit("message", message);
		memberChanged(room, userId, userId, old);
		return updateId;
	}

	/**
	 * A chat_member update (delivered only if the bot asked for them, as in Telegram).
	 */
	long memberChanged(ChatRoom room, long userId, long actorId, String oldStatus) {
		ObjectNode user = this.state.userJson(userId);
		return this.state.emit("chat_member",
				TelegramJson.chatMemberUpdated(this.state.chatJson(room), this.state.userJson(actorId),
						this.state.now(), TelegramJson.chatMember(oldStatus, user, null),
						TelegramJson.chatMember(room.status(userId), user, room.restrictions(userId))));
	}

	/** A my_chat_member update: the bot's own status in the chat changed. */
	long botChanged(ChatRoom room, long actorId, String oldStatus, String newStatus) {
		ObjectNode bot = this.state.json.bot();
		return this.state.emit("my_chat_member",
				TelegramJson.chatMemberUpdated(this.state.chatJson(room), this.state.userJson(actorId),
						this.state.now(), TelegramJson.chatMember(oldStatus, bot, null),
						TelegramJson.chatMember(newStatus, bot, TelegramJson.withheld(room.botRightsWithheld()))));
	}

	/** A group-side service message from a user (e.g. migrate_to_chat_id). */
	long serviceMessage(ChatRoom room, long fromId, String field, long value) {
		ObjectNode message = TelegramJson.message(room.addUserMessage(), this.state.userJson(fromId),
				this.state.chatJson(room), this.state.now());
		message.put(field, value);
		return this.state.emit("message", message);
	}

}
