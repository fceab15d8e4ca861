package org.peersupport.sandbox;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * One chat the bot is in: a private chat with a user or a group. Every method must be
 * called while holding the room's monitor ({@code synchronized (room)}).
 */
final class ChatRoom {

	static final String CREATOR = "creator";

	static final String ADMINISTRATOR = "administrator";

	static final String MEMBER = "member";

	static final String RESTRICTED = "restricted";

	static final String LEFT = "left";

	static final String KICKED = "kicked";

	static final int KEPT_ACTIONS = 200;

	private final long id;

	private final String type;

	private final String title;

	private final long ownerId;

	private boolean blocked;

	private boolean botMember = true;

	private Long migratedTo;

	private long nextMessageId = 1;

	private final List<StoredMessage> botMessages = new ArrayList<>();

	private final Map<Long, StoredMessage> botMessagesById = new HashMap<>();

	private final Map<Long, String> memberStatus = new HashMap<>();

	private final Map<Long, JsonNode> restrictions = new HashMap<>();

	private final Set<Long> joinRequests = new HashSet<>();

	/** Users' messages that exist (not deleted): who wrote each, and its text if any. */
	private final Map<Long, UserMessage> userMessages = new HashMap<>();

	/** Users' messages the bot deleted, kept for the sandbox's group window. */
	private final Map<Long, UserMessage> deletedUserMessages = new HashMap<>();

	/**
	 * What the bot did to members and their messages, newest last, for the group window.
	 */
	private final List<GroupChat.BotAction> botActions = new ArrayList<>();

	/** When each restriction ends by itself (epoch seconds); absent: never. */
	private final Map<Long, Long> restrictedUntil = new HashMap<>();

	/** Administrator rights the owner has taken from the bot (all granted by default). */
	private final Set<String> botRightsWithheld = new HashSet<>();

	private ChatRoom(long id, String type, String title, long ownerId) {
		this.id = id;
		this.type = type;
		this.title = title;
		this.ownerId = ownerId;
	}

	static ChatRoom privateChat(long userId) {
		ChatRoom room = new ChatRoom(userId, "private", null, userId);
		room.memberStatus.put(userId, MEMBER);
		return room;
	}

	static ChatRoom group(long id, String type, String title, long ownerId) {
		ChatRoom room = new ChatRoom(id, type, title, ownerId);
		room.memberStatus.put(ownerId, CREATOR);
		return room;
	}

	ChatRoom migrateTo(long newId) {
		ChatRoom successor = new ChatRoom(newId, "supergroup", this.title, this.ownerId);
		successor.memberStatus.putAll(this.memberStatus);
		successor.restrictions.putAll(this.restrictions);
		successor.restrictedUntil.putAll(this.restrictedUntil);
		successor.botRightsWithheld.addAll(this.botRightsWithheld);
		this.migratedTo = newId;
		return successor;
	}

	long id() {
		return this.id;
	}

	String type() {
		return this.type;
	}

	boolean isPrivate() {
		return "private".equals(this.type);
	}

	String title() {
		return this.title;
	}

	long ownerId() {
		return this.ownerId;
	}

	boolean blocked() {
		return this.blocked;
	}

	void blocked(boolean value) {
		this.blocked = value;
	}

	boolean botMember() {
		return this.botMember;
	}

	void botMember(boolean value) {
		this.botMember = value;
	}

	Set<String> botRightsWithheld() {
		return Set.copyOf(this.botRightsWithheld);
	}

	void botRight(String right, boolean granted) {
		if (granted) {
			this.botRightsWithheld.remove(right);
		}
		else {
			this.botRightsWithheld.add(right);
		}
	}

	Long migratedTo() {
		return this.migratedTo;
	}

	long nextMessageId() {
		return this.nextMessageId++;
	}

	long addUserMessage() {
		return addUserMessage(0, null, null);
	}

	/**
	 * A user's message, remembered with its author, its text (a caption for media) and
	 * its kind of media (for replies to it and for copies of it).
	 */
	long addUserMessage(long fromId, String text, String media) {
		long messageId = nextMessageId();
		this.userMessages.put(messageId, new UserMessage(fromId, text, media));
		return messageId;
	}

	boolean deleteUserMessage(long messageId) {
		UserMessage deleted = this.userMessages.remove(messageId);
		if (deleted != null && !isPrivate()) {
			this.deletedUserMessages.put(messageId, deleted);
		}
		return deleted != null;
	}

	/** Users' messages, the bot's deletions among them, by message id. */
	Map<Long, UserMessage> userMessagesWithDeleted() {
		Map<Long, UserMessage> all = new HashMap<>(this.deletedUserMessages);
		all.putAll(this.userMessages);
		return all;
	}

	boolean userMessageDeleted(long messageId) {
		return this.deletedUserMessages.containsKey(messageId);
	}

	/** Remembers what the bot did in a group, the newest {@value #KEPT_ACTIONS}. */
	void botAction(GroupChat.BotAction action) {
		if (isPrivate()) {
			return;
		}
		this.botActions.add(action);
		if (this.botActions.size() > KEPT_ACTIONS) {
			this.botActions.remove(0);
		}
	}

	List<GroupChat.BotAction> botActions() {
		return List.copyOf(this.botActions);
	}

	/** Every user the chat knows, with their status. */
	Map<Long, String> memberStatuses() {
		return Map.copyOf(this.memberStatus);
	}

	boolean userMessageExists(long messageId) {
		return this.userMessages.containsKey(messageId);
	}

	UserMessage userMessage(long messageId) {
		return this.userMessages.get(messageId);
	}

	/**
	 * Who wrote a user's message ({@code 0} for a service message), its text (a caption
	 * for media), and its kind of media (sticker, photo, voice, document) or null for
	 * text.
	 */
	record UserMessage(long fromId, String text, String media) {
	}

	StoredMessage addBotMessage(String text, String parseMode, JsonNode markup, long date) {
		return addBotMessage(text, parseMode, markup, date, null);
	}

	/** A message from the bot; with a photo, {@code text} is its caption. */
	StoredMessage addBotMessage(String text, String parseMode, JsonNode markup, long date, byte[] photo) {
		return addBotMessage(new StoredMessage(nextMessageId(), date, text, parseMode, markup, photo));
	}

	/**
	 * A copy the bot made of a message (copyMessage): media of a kind with a caption, or
	 * text.
	 */
	StoredMessage addCopiedMessage(String text, String media, JsonNode markup, long date) {
		return addBotMessage(new StoredMessage(nextMessageId(), date, text, null, markup, null, media));
	}

	private StoredMessage addBotMessage(StoredMessage message) {
		this.botMessages.add(message);
		this.botMessagesById.put(message.messageId(), message);
		return message;
	}

	StoredMessage botMessage(long messageId) {
		return this.botMessagesById.get(messageId);
	}

	List<BotMessage> botMessages() {
		return this.botMessages.stream().map(StoredMessage::toBotMessage).toList();
	}

	String status(long userId) {
		return this.memberStatus.getOrDefault(userId, LEFT);
	}

	void status(long userId, String status) {
		this.memberStatus.put(userId, status);
		if (!RESTRICTED.equals(status)) {
			this.restrictions.remove(userId);
			this.restrictedUntil.remove(userId);
		}
	}

	boolean knows(long userId) {
		return this.memberStatus.containsKey(userId);
	}

	void restrict(long userId, JsonNode permissions) {
		restrict(userId, permissions, 0);
	}

	/**
	 * Restricts a member; {@code untilDate} (epoch seconds) ends it by itself, 0 never,
	 * as in Telegram.
	 */
	void restrict(long userId, JsonNode permissions, long untilDate) {
		this.memberStatus.put(userId, RESTRICTED);
		this.restrictions.put(userId, permissions);
		if (untilDate > 0) {
			this.restrictedUntil.put(userId, untilDate);
		}
		else {
			this.restrictedUntil.remove(userId);
		}
	}

	/** When the member's restriction ends by itself (epoch seconds), 0 for never. */
	long restrictedUntil(long userId) {
		return this.restrictedUntil.getOrDefault(userId, 0L);
	}

	/** Lifts the restrictions whose time is over at {@code now} (epoch seconds). */
	void liftExpired(long now) {
		List<Long> over = this.restrictedUntil.entrySet()
			.stream()
			.filter((e) -> e.getValue() <= now)
			.map(Map.Entry::getKey)
			.toList();
		over.forEach((userId) -> status(userId, MEMBER));
	}

	JsonNode restrictions(long userId) {
		return this.restrictions.get(userId);
	}

	boolean isMember(long userId) {
		String status = status(userId);
		return !LEFT.equals(status) && !KICKED.equals(status);
	}

	boolean addJoinRequest(long userId) {
		return this.joinRequests.add(userId);
	}

	boolean hasJoinRequest(long userId) {
		return this.joinRequests.contains(userId);
	}

	boolean removeJoinRequest(long userId) {
		return this.joinRequests.remove(userId);
	}

}
