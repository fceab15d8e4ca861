package org.peersupport.sandbox;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A group as the sandbox shows it beside the phones: its posts (members' and the bot's,
 * the ones the bot deleted marked), its members, and what the bot did to them.
 *
 * @param chatId the group's chat id
 * @param title its title
 * @param botMember whether the bot is still in it
 * @param posts the posts, oldest first (service messages left out)
 * @param members everyone the group knows (left and banned users too), by user id
 * @param actions what the bot did (deletions, restrictions, bans, join decisions), oldest
 * first
 */
public record GroupChat(long chatId, String title, boolean botMember, List<Post> posts, List<Member> members,
		List<BotAction> actions) {

	public GroupChat {
		posts = List.copyOf(posts);
		members = List.copyOf(members);
		actions = List.copyOf(actions);
	}

	/** Reads a group; the caller holds the room's lock. */
	static GroupChat of(ChatRoom room, EmulatorState state) {
		room.liftExpired(state.now());
		List<Post> posts = new ArrayList<>();
		room.userMessagesWithDeleted().forEach((messageId, message) -> {
			if (message.fromId() != 0) {
				posts.add(new Post(messageId, message.fromId(), message.text(), message.media(),
						room.userMessageDeleted(messageId)));
			}
		});
		room.botMessages()
			.forEach((message) -> posts.add(new Post(message.messageId(), 0, message.text(),
					(message.photo() != null) ? "photo" : message.media(), message.deleted())));
		posts.sort(Comparator.comparingLong(Post::messageId));
		List<Member> members = room.memberStatuses()
			.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.map((entry) -> new Member(entry.getKey(), entry.getValue(), room.restrictedUntil(entry.getKey()),
					mayWrite(room, entry.getKey(), entry.getValue())))
			.toList();
		return new GroupChat(room.id(), room.title(), room.botMember(), posts, members, room.botActions());
	}

	private static boolean mayWrite(ChatRoom room, long userId, String status) {
		if (ChatRoom.RESTRICTED.equals(status)) {
			return room.restrictions(userId).path("can_send_messages").asBoolean(false);
		}
		return room.isMember(userId);
	}

	/**
	 * One post in the group.
	 *
	 * @param messageId its id in the group
	 * @param fromId who wrote it, 0 for the bot
	 * @param text its text or caption, or null
	 * @param media its kind of media (sticker, photo, voice, document), or null for text;
	 * its caption is the text
	 * @param deleted whether the bot deleted it
	 */
	public record Post(long messageId, long fromId, String text, String media, boolean deleted) {

		/** Whether the bot posted it. */
		public boolean fromBot() {
			return this.fromId == 0;
		}

	}

	/**
	 * Someone the group knows.
	 *
	 * @param userId the user id
	 * @param status as Telegram names it (creator, administrator, member, restricted,
	 * left, kicked)
	 * @param restrictedUntil when a restriction ends by itself (epoch seconds), 0 if
	 * never or not restricted
	 * @param mayWrite whether they may send a text now
	 */
	public record Member(long userId, String status, long restrictedUntil, boolean mayWrite) {

		/** Whether they are in the group now (restricted members are). */
		public boolean inGroup() {
			return !ChatRoom.LEFT.equals(this.status) && !ChatRoom.KICKED.equals(this.status);
		}

	}

	/**
	 * Something the bot did in the group.
	 *
	 * @param kind deleted, restricted, unrestricted, banned, unbanned, approved or
	 * declined
	 * @param userId whom it concerned (the author of a deleted message), 0 if unknown
	 * @param messageId the deleted message, 0 for the other kinds
	 * @param date when, epoch seconds
	 */
	public record BotAction(String kind, long userId, long messageId, long date) {
	}

}
