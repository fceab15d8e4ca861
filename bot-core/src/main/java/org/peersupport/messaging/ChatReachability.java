package org.peersupport.messaging;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Which chats the bot cannot reach (the person blocked it, or it was removed from the
 * group), so no further sends are attempted there until the person unblocks it or writes
 * again. A person's private chat becoming unreachable or reachable again is published
 * ({@link ChatBlocked}, {@link ChatUnblocked}) for the features that act on it.
 */
class ChatReachability {

	private final MongoOperations mongo;

	private final Clock clock;

	private final Set<Long> unreachable = ConcurrentHashMap.newKeySet();

	private final boolean shared;

	private final ApplicationEventPublisher events;

	/**
	 * @param shared whether other instances share the store: any of them may learn that a
	 * person unblocked the bot, so the store is asked each time
	 * @param events where a private chat's change is published
	 */
	ChatReachability(MongoOperations mongo, Clock clock, boolean shared, ApplicationEventPublisher events) {
		this.mongo = mongo;
		this.clock = clock;
		this.shared = shared;
		this.events = events;
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
	void markUnreachable(long chatId) {
		this.mongo.save(new UnreachableChat(chatId, this.clock.instant()));
		this.unreachable.add(chatId);
	}

	/** Marks the chat reachable again (the person unblocked the bot). */
	void markReachable(long chatId) {
		this.mongo.remove(Query.query(Criteria.where("_id").is(chatId)), UnreachableChat.class);
		this.unreachable.remove(chatId);
	}

	/**
	 * The chat cannot be reached (a 403, or the bot was blocked or removed); for a
	 * private chat not yet known as unreachable, {@link ChatBlocked} is published first.
	 */
	void blocked(long chatId, boolean privateChat) {
		if (privateChat && !isUnreachable(chatId)) {
			this.events.publishEvent(new ChatBlocked(chatId, this.clock.instant()));
		}
		markUnreachable(chatId);
	}

	/**
	 * A call to a chat known as unreachable was dropped: for a private chat,
	 * {@link ChatBlocked} is published again, so that a feature that missed the block (it
	 * was learnt before the feature listened, or the work after it was cut short) learns
	 * it now.
	 */
	void dropped(long chatId, boolean privateChat) {
		if (privateChat) {
			this.events.publishEvent(new ChatBlocked(chatId, this.clock.instant()));
		}
	}

	/**
	 * The chat can be reached again (the person wrote, or unblocked the bot); for a
	 * private chat known as unreachable, {@link ChatUnblocked} is published first.
	 */
	void reachedAgain(long chatId, boolean privateChat) {
		if (!isUnreachable(chatId)) {
			return;
		}
		if (privateChat) {
			this.events.publishEvent(new ChatUnblocked(chatId, this.clock.instant()));
		}
		markReachable(chatId);
	}

	/** A chat the bot cannot reach, and since when. */
	@Document("unreachable_chats")
	record UnreachableChat(@Id long chatId, Instant since) {
	}

}
