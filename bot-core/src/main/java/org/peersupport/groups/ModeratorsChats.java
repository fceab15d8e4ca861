package org.peersupport.groups;

import org.peersupport.safety.ModeratorsProperties;
import org.peersupport.safety.StaffChats;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Where the moderators of a group are reached: the group's own moderators' chat when a
 * moderator set one, else the one from configuration ({@code peer.moderators.chat-id}). A
 * group's own chat must be one the bot is in and that is no peer group: a chat the bot
 * was added to that waits, pending, in the panel (the bot learns of every chat it joins
 * that way), or the configured one.
 */
public class ModeratorsChats implements StaffChats {

	private final MongoOperations mongo;

	private final ModeratorsProperties moderators;

	ModeratorsChats(MongoOperations mongo, ModeratorsProperties moderators) {
		this.mongo = mongo;
		this.moderators = moderators;
	}

	/** The chat that gets the group's alerts and reports, or null if none is set. */
	public Long of(PeerGroup group) {
		return (group.moderatorsChat() != null) ? group.moderatorsChat() : this.moderators.chatId();
	}

	/**
	 * Whether {@code chat} may be the moderators' chat of the group {@code groupChatId}:
	 * not the group itself, and either the configured moderators' chat or a chat the bot
	 * is in that is not a peer group (registered and pending).
	 */
	public boolean usable(long groupChatId, long chat) {
		if (chat == groupChatId) {
			return false;
		}
		if (Long.valueOf(chat).equals(this.moderators.chatId())) {
			return true;
		}
		PeerGroup known = this.mongo.findById(chat, PeerGroup.class);
		return known != null && known.status() == GroupStatus.PENDING;
	}

	/**
	 * Whether the chat is some group's own moderators' chat, and not itself an active
	 * peer group (where the crisis check must go on, should staff activate such a chat).
	 */
	@Override
	public boolean isStaffChat(long chatId) {
		return isModeratorsChatOfAGroup(chatId) && !this.mongo.exists(
				Query.query(Criteria.where("_id").is(chatId).and("status").is(GroupStatus.ACTIVE)), PeerGroup.class);
	}

	/** The group's own moderators' chat, or null when it has none or is no group. */
	@Override
	public Long moderatorsChatOf(long groupChatId) {
		PeerGroup group = this.mongo.findById(groupChatId, PeerGroup.class);
		return (group != null) ? group.moderatorsChat() : null;
	}

	/** Whether some group names the chat as its own moderators' chat. */
	public boolean isModeratorsChatOfAGroup(long chatId) {
		return this.mongo.exists(Query.query(Criteria.where("moderatorsChat").is(chatId)), PeerGroup.class);
	}

}
