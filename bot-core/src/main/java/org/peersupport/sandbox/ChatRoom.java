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

	private final Set<Long> userMessageIds = new HashSet<>();

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
		long messageId = nextMessageId();
		this.userMessageIds.add(messageId);
		return messageId;
	}

	boolean deleteUserMessage(long messageId) {
		return this.userMessageIds.remove(messageId);
	}

	boolean userMessageExists(long messageId) {
		return this.userMessageIds.contains(messageId);
	}

	StoredMessage addBotMessage(String text, String parseMode, JsonNode markup, long date) {
		return addBotMessage(text, parseMode, markup, date, null);
	}

	/** A message from the bot; with a photo, {@code text} is its caption. */
	StoredMessage addBotMessage(String text, String parseMode, JsonNode markup, long date, byte[] photo) {
		StoredMessage message = new StoredMessage(nextMessageId(), date, text, parseMode, markup, photo);
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
		}
	}

	boolean knows(long userId) {
		return this.memberStatus.containsKey(userId);
	}

	void restrict(long userId, JsonNode permissions) {
		this.memberStatus.put(userId, RESTRICTED);
		this.restrictions.put(userId, permissions);
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

	boolean removeJoinRequest(long userId) {
		return this.joinRequests.remove(userId);
	}

}
