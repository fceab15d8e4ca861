package org.peersupport.messaging;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Which chats the bot cannot reach (the person blocked it, or it was removed from the
 * group), so no further sends are attempted there until the person unblocks it.
 */
class ChatReachability {

	private final MongoOperations mongo;

	private final Clock clock;

	private final Set<Long> unreachable = ConcurrentHashMap.newKeySet();

	private final boolean shared;

	ChatReachability(MongoOperations mongo, Clock clock) {
		this(mongo, clock, false);
	}

	/**
	 * @param shared whether other instances share the store: any of them may learn that a
	 * person unblocked the bot, so the store is asked each time
	 */
	ChatReachability(MongoOperations mongo, Clock clock, boolean shared) {
		this.mongo = mongo;
		this.clock = clock;
		this.shared = shared;
	}

	void load() {
		this.mongo.findAll(UnreachableChat.class).forEach((chat) -> this.unreachable.add(chat.chatId()));
	}

	/** Whether sends to the chat are currently pointless. */
	public boolean isUnreachable(long chatId) {
		if (this.shared) {
			return this.mongo.exists(Query.query(Criteria.where("_id").is(chatId)), UnreachableChat.class);
		}
		return this.unreachable.contains(chatId);
	}

	/** Marks the chat unreachable (a 403 from Telegram, or the bot was blocked). */
	public void markUnreachable(long chatId) {
		this.mongo.save(new UnreachableChat(chatId, this.clock.instant()));
		this.unreachable.add(chatId);
	}

	/** Marks the chat reachable again (the person unblocked the bot). */
	public void markReachable(long chatId) {
		this.mongo.remove(Query.query(Criteria.where("_id").is(chatId)), UnreachableChat.class);
		this.unreachable.remove(chatId);
	}

	/** A chat the bot cannot reach, and since when. */
	@Document("unreachable_chats")
	record UnreachableChat(@Id long chatId, Instant since) {
	}

}
