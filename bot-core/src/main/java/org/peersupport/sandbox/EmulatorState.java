package org.peersupport.sandbox;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Everything the emulator remembers: users, chats, invite links, open button presses,
 * commands and the update queue. Maps are concurrent; a chat's contents are guarded by
 * the chat itself.
 */
final class EmulatorState {

	private static final long SUPERGROUP_BASE = 1_000_000_000_000L;

	private static final long BASIC_GROUP_BASE = 4_000_000_000L;

	private static final long FIRST_GROUP = 1_000_000_000L;

	final EmulatorSettings settings;

	final Clock clock;

	final TelegramJson json;

	final UpdateQueue updates;

	final EmulatorStats stats;

	final SendLimiter limiter;

	private final ConcurrentHashMap<Long, ChatRoom> chats = new ConcurrentHashMap<>();

	private final ConcurrentHashMap<Long, UserProfile> users = new ConcurrentHashMap<>();

	private final ConcurrentHashMap<String, InviteLink> inviteLinks = new ConcurrentHashMap<>();

	private final ConcurrentHashMap<String, PendingCallback> openCallbacks = new ConcurrentHashMap<>();

	private final ConcurrentHashMap<Long, List<CallbackAnswer>> callbackAnswers = new ConcurrentHashMap<>();

	private final ConcurrentHashMap<String, ArrayNode> commands = new ConcurrentHashMap<>();

	private final List<SentMessageListener> sentMessageListeners = new CopyOnWriteArrayList<>();

	private final List<BiConsumer<Long, CallbackAnswer>> answerListeners = new CopyOnWriteArrayList<>();

	private final AtomicLong groupSequence = new AtomicLong(FIRST_GROUP);

	private final AtomicLong callbackSequence = new AtomicLong(4_300_000_000_000_000L);

	private final AtomicLong linkSequence = new AtomicLong();

	EmulatorState(EmulatorSettings settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
		this.json = new TelegramJson(settings);
		this.updates = new UpdateQueue(settings.firstUpdateId());
		this.stats = new EmulatorStats(this.updates::lastId);
		this.limiter = new SendLimiter(settings.limits(), clock, this.stats);
	}

	long now() {
		return this.clock.instant().getEpochSecond();
	}

	UserProfile user(long userId) {
		return this.users.get(userId);
	}

	UserProfile ensureUser(long userId, String firstName, String languageCode) {
		if (userId <= 0) {
			throw new IllegalArgumentException("User ids are positive: " + userId);
		}
		return this.users.merge(userId, new UserProfile(userId, (firstName != null) ? firstName : "User", languageCode),
				(old, fresh) -> old.merge(firstName, languageCode));
	}

	ObjectNode userJson(long userId) {
		if (userId == this.settings.botId()) {
			return this.json.bot();
		}
		UserProfile profile = this.users.get(userId);
		return TelegramJson.user((profile != null) ? profile : new UserProfile(userId, "User", null));
	}

	ObjectNode chatJson(ChatRoom room) {
		return TelegramJson.chat(room, room.isPrivate() ? this.users.get(room.id()) : null);
	}

	ChatRoom room(long chatId) {
		return this.chats.get(chatId);
	}

	ChatRoom privateRoom(long userId) {
		return this.chats.computeIfAbsent(userId, ChatRoom::privateChat);
	}

	ChatRoom newGroup(String title, String type, long ownerId) {
		long sequence = this.groupSequence.incrementAndGet();
		long id = "group".equals(type) ? -(BASIC_GROUP_BASE + sequence - FIRST_GROUP) : -(SUPERGROUP_BASE + sequence);
		ChatRoom room = ChatRoom.group(id, type, title, ownerId);
		this.chats.put(id, room);
		return room;
	}

	ChatRoom migrate(ChatRoom old) {
		ChatRoom successor = old.migrateTo(-(SUPERGROUP_BASE + this.groupSequence.incrementAndGet()));
		this.chats.put(successor.id(), successor);
		return successor;
	}

	/**
	 * The chat as the bot may read it.
	 * @throws BotApiError when the chat is unknown or was migrated
	 */
	ChatRoom roomForBot(long chatId) {
		ChatRoom room = this.chats.get(chatId);
		if (room == null) {
			throw BotApiError.badRequest("chat not found");
		}
		return room;
	}

	/**
	 * Check, holding the room's lock, that the bot may write to it.
	 * @throws BotApiError 400 migrated or 403 blocked / not a member
	 */
	static void checkWritable(ChatRoom room) {
		if (room.migratedTo() != null) {
			throw BotApiError.migrated(room.migratedTo());
		}
		if (room.isPrivate() && room.blocked()) {
			throw BotApiError.forbidden("bot was blocked by the user");
		}
		if (!room.isPrivate() && !room.botMember()) {
			throw BotApiError.forbidden("bot is not a member of the " + room.type() + " chat");
		}
	}

	long emit(String type, ObjectNode payload) {
		return this.updates.add(type, payload);
	}

	String newCallbackId() {
		return Long.toString(this.callbackSequence.incrementAndGet());
	}

	String newInviteLink() {
		return "https://t.me/+sandbox" + Long.toString(this.linkSequence.incrementAndGet() * 7919 + 100_000, 36);
	}

	void openCallback(PendingCallback callback) {
		this.openCallbacks.put(callback.id(), callback);
	}

	PendingCallback closeCallback(String id) {
		return this.openCallbacks.remove(id);
	}

	void recordAnswer(long userId, CallbackAnswer answer) {
		this.callbackAnswers.computeIfAbsent(userId, (id) -> Collections.synchronizedList(new ArrayList<>()))
			.add(answer);
		for (BiConsumer<Long, CallbackAnswer> listener : this.answerListeners) {
			listener.accept(userId, answer);
		}
	}

	void addAnswerListener(BiConsumer<Long, CallbackAnswer> listener) {
		this.answerListeners.add(listener);
	}

	List<CallbackAnswer> answers(long userId) {
		List<CallbackAnswer> answers = this.callbackAnswers.get(userId);
		if (answers == null) {
			return List.of();
		}
		synchronized (answers) {
			return List.copyOf(answers);
		}
	}

	void putInviteLink(InviteLink link) {
		this.inviteLinks.put(link.link(), link);
	}

	InviteLink inviteLink(String link) {
		return this.inviteLinks.get(link);
	}

	ConcurrentHashMap<String, ArrayNode> commands() {
		return this.commands;
	}

	void addSentMessageListener(SentMessageListener listener) {
		this.sentMessageListeners.add(listener);
	}

	void removeSentMessageListener(SentMessageListener listener) {
		this.sentMessageListeners.remove(listener);
	}

	boolean hasSentMessageListeners() {
		return !this.sentMessageListeners.isEmpty();
	}

	void messageSent(long chatId, BotMessage message) {
		for (SentMessageListener listener : this.sentMessageListeners) {
			listener.messageSent(chatId, message);
		}
	}

	/** Forget chats, users, messages and pending updates; update ids keep increasing. */
	void reset() {
		this.chats.clear();
		this.users.clear();
		this.inviteLinks.clear();
		this.openCallbacks.clear();
		this.callbackAnswers.clear();
		this.updates.clearPending();
		this.limiter.reset();
	}

}
