package org.peersupport.groups;

import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Who is banned from which group, so that placement never offers a person a group that
 * banned them. One document per group and person: banning twice keeps one.
 */
class GroupBans {

	private final MongoOperations mongo;

	GroupBans(MongoOperations mongo) {
		this.mongo = mongo;
	}

	void ban(long groupChatId, long chatId, Instant at) {
		try {
			this.mongo.insert(
					new GroupBan(GroupBan.idOf(groupChatId, chatId), groupChatId, chatId, at, GroupBan.SCHEMA_VERSION));
		}
		catch (DuplicateKeyException ex) {
			// banned already (or on an earlier run of the same update)
		}
	}

	void unban(long groupChatId, long chatId) {
		this.mongo.remove(Query.query(Criteria.where("_id").is(GroupBan.idOf(groupChatId, chatId))), GroupBan.class);
	}

	boolean isBanned(long groupChatId, long chatId) {
		return this.mongo.exists(Query.query(Criteria.where("_id").is(GroupBan.idOf(groupChatId, chatId))),
				GroupBan.class);
	}

	/** The people banned from the group. */
	Set<Long> bannedFrom(long groupChatId) {
		return this.mongo.find(Query.query(Criteria.where("groupChatId").is(groupChatId)), GroupBan.class)
			.stream()
			.map(GroupBan::chatId)
			.collect(Collectors.toSet());
	}

	/** The group moved to a new chat id: its bans move with it. Safe to run twice. */
	void migrate(long fromChatId, long toChatId) {
		for (GroupBan ban : this.mongo.find(Query.query(Criteria.where("groupChatId").is(fromChatId)),
				GroupBan.class)) {
			ban(toChatId, ban.chatId(), ban.at());
			unban(fromChatId, ban.chatId());
		}
	}

	/** Removes the person's bans; safe to run twice. */
	void erase(long chatId) {
		this.mongo.remove(Query.query(Criteria.where("chatId").is(chatId)), GroupBan.class);
	}

}
