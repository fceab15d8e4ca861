package org.peersupport.groups.moderation;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.peersupport.groups.ModerationFilter;
import org.peersupport.groups.ModerationHistory;
import org.peersupport.groups.ModerationRecord;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The audit of moderation in the groups: every action, kept once per update and action,
 * and read for the panel.
 */
class ModerationLog implements ModerationHistory {

	private final MongoOperations mongo;

	ModerationLog(MongoOperations mongo) {
		this.mongo = mongo;
	}

	void record(String receipt, long groupChatId, long chatId, ModerationEntry.Action action, Breach breach, String by,
			String cause, Instant at) {
		String id = receipt + ":" + action.name().toLowerCase(java.util.Locale.ROOT) + ":" + chatId;
		try {
			this.mongo.insert(new ModerationEntry(id, groupChatId, chatId, action, breach, by, cause, at,
					ModerationEntry.SCHEMA_VERSION));
		}
		catch (DuplicateKeyException ex) {
			// kept on an earlier run of the same update
		}
	}

	@Override
	public List<String> actions() {
		return Arrays.stream(ModerationEntry.Action.values()).map(Enum::name).toList();
	}

	@Override
	public List<ModerationRecord> find(ModerationFilter filter) {
		Criteria criteria = Criteria.where("groupChatId").in(filter.groups());
		if (filter.action() != null) {
			criteria = criteria.and("action").is(filter.action());
		}
		if (filter.byBot() != null) {
			criteria = filter.byBot() ? criteria.and("by").is(ModerationRecord.BOT)
					: criteria.and("by").ne(ModerationRecord.BOT);
		}
		if (filter.from() != null || filter.until() != null) {
			Criteria at = criteria.and("at");
			if (filter.from() != null) {
				at = at.gte(filter.from());
			}
			if (filter.until() != null) {
				at = at.lt(filter.until());
			}
		}
		Query query = Query.query(criteria).with(Sort.by(Sort.Direction.DESC, "at", "_id")).limit(filter.limit());
		return this.mongo.find(query, ModerationEntry.class)
			.stream()
			.map((entry) -> new ModerationRecord(entry.groupChatId(), entry.chatId(), entry.action().name(),
					(entry.breach() != null) ? entry.breach().name() : null, entry.by(), entry.cause(), entry.at()))
			.toList();
	}

	/**
	 * The group moved to a new chat id: its entries move with it (their ids name the
	 * update, not the group). Safe to run twice.
	 */
	void migrate(long fromChatId, long toChatId) {
		this.mongo.updateMulti(Query.query(Criteria.where("groupChatId").is(fromChatId)),
				new org.springframework.data.mongodb.core.query.Update().set("groupChatId", toChatId),
				ModerationEntry.class);
	}

	void erase(long chatId) {
		this.mongo.remove(Query.query(Criteria.where("chatId").is(chatId)), ModerationEntry.class);
	}

}
