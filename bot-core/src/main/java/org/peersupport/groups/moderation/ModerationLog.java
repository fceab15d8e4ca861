package org.peersupport.groups.moderation;

import java.time.Instant;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The audit of moderation in the groups: every action, kept once per update and action.
 */
class ModerationLog {

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

	void erase(long chatId) {
		this.mongo.remove(Query.query(Criteria.where("chatId").is(chatId)), ModerationEntry.class);
	}

}
