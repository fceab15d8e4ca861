package org.peersupport.sandbox;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import tools.jackson.databind.node.ObjectNode;

/**
 * The user side in Java: act as Telegram users (send, press, block, join groups) and read
 * what the bot sent. Unknown chats, messages or links throw
 * {@link IllegalArgumentException}; an action the user may not take throws
 * {@link IllegalStateException}.
 */
public final class SandboxUsers {

	/** The user who owns groups created without an owner. */
	public static final long DEFAULT_GROUP_OWNER = 1000;

	/** Telegram's answer to a message without text. */
	static final String EMPTY_TEXT = "Bad Request: message text is empty";

	private final EmulatorState state;

	private final Memberships memberships;

	private final GroupActions groups;

	SandboxUsers(EmulatorState state, Memberships memberships) {
		this.state = state;
		this.memberships = memberships;
		this.groups = new GroupActions(state, memberships);
	}

	/**
	 * The user sends a text in their private chat with the bot; a text starting with "/"
	 * carries a bot_command entity. A user who blocked the bot unblocks it by writing. An
	 * empty or blank text throws {@link IllegalArgumentException} (over HTTP: 400).
	 * @param userId the user (and private chat) id
	 * @param text the text
	 * @param languageCode the client's language, or null
	 * @return the update and message ids
	 */
	public SentUpdate sendText(long userId, String text, String languageCode) {
		return sendText(userId, null, text, languageCode);
	}

	/**
	 * Like {@link #sendText(long, String, String)}, also setting the user's first name.
	 * @param userId the user id
	 * @param firstName the first name, or null to keep the known one
	 * @param text the text
	 * @param languageCode the client's language, or null
	 * @return the update and message ids
	 */
	public SentUpdate sendText(long userId, String firstName, String text, String languageCode) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException(EMPTY_TEXT);
		}
		return privateMessage(userId, firstName, languageCode, text, null,
				(message) -> TelegramJson.putText(message, text));
	}

	/**
	 * The user sends a message without text.
	 * @param userId the user id
	 * @param kind sticker, photo, voice or document
	 * @return the update and message ids
	 */
	public SentUpdate sendContent(long userId, String kind) {
		return sendContent(userId, kind, null);
	}

	/**
	 * The user sends media with a caption.
	 * @param userId the user id
	 * @param kind photo, voice or document (a sticker has no caption)
	 * @param caption the caption, or null for none
	 * @return the update and message ids
	 */
	public SentUpdate sendContent(long userId, String kind, String caption) {
		String normalized = (kind != null) ? kind.toLowerCase(Locale.ROOT) : "";
		if (!NonTextContent.KINDS.contains(normalized)) {
			throw new IllegalArgumentException("Unknown message kind: " + kind);
		}
		String text = (caption != null && !caption.isBlank()) ? caption : null;
		if (text != null && normalized.equals("sticker")) {
			throw new IllegalArgumentException("A sticker has no caption");
		}
		return privateMessage(userId, null, null, text, normalized, (message) -> {
			NonTextContent.put(message, normalized);
			if (text != null) {
				message.put("caption", text);
			}
		});
	}

	/**
	 * The user presses a button of a bot message in their private chat. Data that no
	 * button of that message carries is still delivered (a forged press) and counted in
	 * the stats.
	 * @param userId the user id
	 * @param messageId the bot's message
	 * @param data the callback data
	 * @return the update id, message id and callback query id
	 */
	public SentUpdate press(long userId, long messageId, String data) {
		return press(userId, userId, messageId, data);
	}

	/**
	 * The user presses a button of a bot message in a chat (private or group). As in
	 * Telegram, only in their own private chat or a group they are a member of.
	 * @param userId the user id
	 * @param chatId the chat holding the message
	 * @param messageId the bot's message
	 * @param data the callback data
	 * @return the update id, message id and callback query id
	 * @throws IllegalStateException if the chat is another user's private chat or a group
	 * the user is not a member of
	 */
	public SentUpdate press(long userId, long chatId, long messageId, String data) {
		ChatRoom room = existing(chatId);
		this.state.ensureUser(userId, null, null);
		synchronized (room) {
			if (room.isPrivate() ? chatId != userId : !room.isMember(userId)) {
				throw new IllegalStateException("User " + userId + " cannot see chat " + chatId);
			}
			StoredMessage message = room.botMessage(messageId);
			if (message == null || message.deleted()) {
				throw new IllegalArgumentException("No bot message " + messageId + " in chat " + chatId);
			}
			if (data == null || !message.carriesCallbackData(data)) {
				this.state.stats.countForgedPress();
			}
			String id = this.state.newCallbackId();
			this.state.openCallback(new PendingCallback(id, userId, chatId, messageId, data));
			ObjectNode query = TelegramJson.object();
			query.put("id", id);
			query.set("from", this.state.userJson(userId));
			query.set("message", this.state.json.botMessage(message, this.state.chatJson(room)));
			query.put("chat_instance", Long.toString(Math.abs(chatId * 31 + this.state.settings.botId())));
			query.put("data", data);
			return new SentUpdate(this.state.emit("callback_query", query), messageId, id);
		}
	}

	/**
	 * The user blocks the bot: a my_chat_member update (kicked); sends to them then get
	 * 403.
	 * @param userId the user id
	 * @return the update id (0 if the bot was already blocked)
	 */
	public SentUpdate block(long userId) {
		return changeBlock(userId, true);
	}

	/**
	 * The user unblocks the bot: a my_chat_member update (member).
	 * @param userId the user id
	 * @return the update id (0 if the bot was not blocked)
	 */
	public SentUpdate unblock(long userId) {
		return changeBlock(userId, false);
	}

	/**
	 * Create a supergroup owned by {@link #DEFAULT_GROUP_OWNER} with the bot as
	 * administrator.
	 * @param title the title
	 * @return the new chat id (-100...)
	 */
	public long createGroup(String title) {
		return createGroup(title, "supergroup", DEFAULT_GROUP_OWNER);
	}

	/**
	 * Create a group with the bot as administrator; emits my_chat_member.
	 * @param title the title
	 * @param type supergroup or group
	 * @param ownerId the owner's user id
	 * @return the new chat id
	 */
	public long createGroup(String title, String type, long ownerId) {
		return this.groups.createGroup(title, type, ownerId);
	}

	/**
	 * The user opens an invite link: a chat_join_request if the link creates join
	 * requests, else the user becomes a member (new_chat_members message, chat_member
	 * update).
	 * @param userId the user id
	 * @param inviteLink the link the bot created
	 * @return the update id
	 */
	public SentUpdate join(long userId, String inviteLink) {
		return this.groups.join(userId, inviteLink);
	}

	/**
	 * A member leaves a group: a left_chat_member service message and a chat_member
	 * update.
	 * @param chatId the group
	 * @param userId the member
	 * @return the service message's update id
	 */
	public SentUpdate leaveGroup(long chatId, long userId) {
		return this.groups.leave(chatId, userId);
	}

	/**
	 * A member writes in a group.
	 * @param chatId the group
	 * @param userId the member
	 * @param text the text
	 * @return the update and message ids
	 */
	public SentUpdate sendGroupText(long chatId, long userId, String text) {
		return this.groups.sendGroupText(chatId, userId, text);
	}

	/**
	 * A member posts in a group: text or media, perhaps forwarded, perhaps as a reply
	 * (the update then carries the replied message with its author and text). A
	 * restricted member may post only what the restriction allows.
	 * @param chatId the group
	 * @param userId the member
	 * @param post what they post
	 * @return the update and message ids
	 */
	public SentUpdate sendGroupPost(long chatId, long userId, GroupPost post) {
		return this.groups.sendGroupPost(chatId, userId, post);
	}

	/**
	 * The group's owner makes a member an administrator (a moderator of the group).
	 * @param chatId the group
	 * @param userId the member
	 * @return the chat_member update id (0 if the bot does not ask for them)
	 */
	public SentUpdate promote(long chatId, long userId) {
		return this.groups.promote(chatId, userId);
	}

	/**
	 * An administrator of the group bans a user in Telegram itself (not through the bot):
	 * a chat_member update to kicked, from the administrator.
	 * @param chatId the group
	 * @param adminId the owner, or a member made an administrator
	 * @param userId who is banned
	 * @return the chat_member update id (0 if the bot does not ask for them)
	 */
	public SentUpdate banByAdmin(long chatId, long adminId, long userId) {
		return this.groups.banByAdmin(chatId, adminId, userId);
	}

	/**
	 * An administrator lifts a user's ban in Telegram itself: a chat_member update from
	 * kicked to left, from the administrator.
	 * @param chatId the group
	 * @param adminId the owner, or a member made an administrator
	 * @param userId who was banned
	 * @return the chat_member update id (0 if the bot does not ask for them)
	 */
	public SentUpdate unbanByAdmin(long chatId, long adminId, long userId) {
		return this.groups.unbanByAdmin(chatId, adminId, userId);
	}

	/**
	 * The group's owner gives ({@code true}) or takes ({@code false}) administrator
	 * rights of the bot, e.g. {@code can_invite_users}; emits my_chat_member.
	 * @param chatId the group
	 * @param rights the rights to change
	 * @return the update id
	 */
	public SentUpdate botRights(long chatId, Map<String, Boolean> rights) {
		return this.groups.botRights(chatId, rights);
	}

	/**
	 * The group's owner removes the bot; emits my_chat_member (left).
	 * @param chatId the group
	 * @return the update id
	 */
	public SentUpdate removeBot(long chatId) {
		return this.groups.removeBot(chatId);
	}

	/**
	 * The group becomes a supergroup with a new id; the old id answers "upgraded" from
	 * then on.
	 * @param chatId the group
	 * @return the new chat id
	 */
	public long migrate(long chatId) {
		return this.groups.migrate(chatId);
	}

	/**
	 * What the bot sent to a chat, oldest first, with edits and deletions.
	 * @param chatId the chat
	 * @return the messages (empty for an unknown chat)
	 */
	public List<BotMessage> messages(long chatId) {
		ChatRoom room = this.state.room(chatId);
		if (room == null) {
			return List.of();
		}
		synchronized (room) {
			return room.botMessages();
		}
	}

	/**
	 * The bot's answers to this user's button presses, oldest first.
	 * @param userId the user
	 * @return the answers
	 */
	public List<CallbackAnswer> callbackAnswers(long userId) {
		return this.state.answers(userId);
	}

	/**
	 * Where an invite link stands for a user, as the invite link's button in a sandbox
	 * phone shows it.
	 * @param userId the user
	 * @param inviteLink a link the bot sent
	 * @return empty if the emulator does not know the link (or its group)
	 */
	public Optional<LinkState> linkState(long userId, String inviteLink) {
		InviteLink link = this.state.inviteLink(inviteLink);
		ChatRoom room = (link != null) ? this.state.room(link.chatId()) : null;
		if (room == null) {
			return Optional.empty();
		}
		synchronized (room) {
			if (room.migratedTo() != null || !room.botMember()) {
				return Optional.of(LinkState.GONE);
			}
			if (ChatRoom.KICKED.equals(room.status(userId))) {
				return Optional.of(LinkState.BANNED);
			}
			if (room.isMember(userId)) {
				return Optional.of(LinkState.MEMBER);
			}
			return Optional.of(room.hasJoinRequest(userId) ? LinkState.ASKED : LinkState.OPEN);
		}
	}

	/** Where an invite link stands for a user. */
	public enum LinkState {

		/** The user may open it (and ask to join, or join). */
		OPEN,
		/** The user's join request waits for the bot. */
		ASKED,
		/** The user is in the group. */
		MEMBER,
		/** The user is banned from the group. */
		BANNED,
		/** The group was migrated or the bot left it. */
		GONE

	}

	/**
	 * A group as the sandbox's group window shows it: posts, members and what the bot
	 * did.
	 * @param chatId the group
	 * @return the group, empty if the emulator does not know it or it is a private chat
	 */
	public Optional<GroupChat> groupChat(long chatId) {
		ChatRoom room = this.state.room(chatId);
		if (room == null || room.isPrivate()) {
			return Optional.empty();
		}
		synchronized (room) {
			return Optional.of(GroupChat.of(room, this.state));
		}
	}

	/**
	 * A user's status in a chat as Telegram names it (creator, administrator, member,
	 * restricted, left, kicked).
	 * @param chatId the chat
	 * @param userId the user
	 * @return the status
	 */
	public String memberStatus(long chatId, long userId) {
		ChatRoom room = existing(chatId);
		synchronized (room) {
			room.liftExpired(this.state.now());
			return room.status(userId);
		}
	}

	/**
	 * When a member's restriction ends by itself.
	 * @param chatId the group
	 * @param userId the member
	 * @return the end in epoch seconds, 0 if it has none or the member is not restricted
	 */
	public long restrictedUntil(long chatId, long userId) {
		ChatRoom room = existing(chatId);
		synchronized (room) {
			room.liftExpired(this.state.now());
			return room.restrictedUntil(userId);
		}
	}

	/**
	 * Whether a user's message still exists (the bot may delete messages, e.g. in
	 * moderation).
	 * @param chatId the chat
	 * @param messageId the user's message
	 * @return false once the bot deleted it
	 */
	public boolean userMessageExists(long chatId, long messageId) {
		ChatRoom room = existing(chatId);
		synchronized (room) {
			return room.userMessageExists(messageId);
		}
	}

	/**
	 * The last update id issued, to persist so that a restarted emulator continues after
	 * it.
	 * @return the id (firstUpdateId - 1 before the first update)
	 */
	public long lastUpdateId() {
		return this.state.updates.lastId();
	}

	/**
	 * A user who started the bot long ago: their private chat exists, so the bot may
	 * write to them, and no update is emitted (set-up for tests and benchmarks of sends
	 * the bot starts, such as scheduled check-ins).
	 * @param userId the user (and private chat) id
	 * @param languageCode the client's language, or null
	 */
	public void startedLongAgo(long userId, String languageCode) {
		this.state.ensureUser(userId, null, languageCode);
		this.state.privateRoom(userId);
	}

	private SentUpdate privateMessage(long userId, String firstName, String languageCode, String text, String media,
			Consumer<ObjectNode> content) {
		UserProfile profile = this.state.ensureUser(userId, firstName, languageCode);
		ChatRoom room = this.state.privateRoom(userId);
		synchronized (room) {
			if (room.blocked()) {
				room.blocked(false);
				this.memberships.botChanged(room, userId, ChatRoom.KICKED, ChatRoom.MEMBER);
			}
			long messageId = room.addUserMessage(userId, text, media);
			ObjectNode message = TelegramJson.message(messageId, TelegramJson.user(profile), this.state.chatJson(room),
					this.state.now());
			content.accept(message);
			return new SentUpdate(this.state.emit("message", message), messageId, null);
		}
	}

	private SentUpdate changeBlock(long userId, boolean block) {
		this.state.ensureUser(userId, null, null);
		ChatRoom room = this.state.privateRoom(userId);
		synchronized (room) {
			if (room.blocked() == block) {
				return new SentUpdate(0, 0, null);
			}
			room.blocked(block);
			long updateId = this.memberships.botChanged(room, userId, block ? ChatRoom.MEMBER : ChatRoom.KICKED,
					block ? ChatRoom.KICKED : ChatRoom.MEMBER);
			return new SentUpdate(updateId, 0, null);
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
