package org.peersupport.conversation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Stored conversations, one per private chat. Saves are conditional on the version read
 * ({@code @Version}): a concurrent change makes the save fail, and the update is handled
 * again.
 */
public class Conversations {

	private final MongoOperations mongo;

	public Conversations(MongoOperations mongo) {
		this.mongo = mongo;
	}

	/** The chat's conversation (open or not), if it has had one. */
	public Optional<Conversation> find(long chatId) {
		return Optional.ofNullable(this.mongo.findById(chatId, Conversation.class));
	}

	/** The chat's conversation if it still waits for an answer. */
	public Optional<Conversation> findOpen(long chatId) {
		return find(chatId).filter((conversation) -> conversation.status().isOpen());
	}

	/**
	 * Saves the conversation if nobody changed it since it was read.
	 * @throws org.springframework.dao.OptimisticLockingFailureException otherwise
	 */
	void save(Conversation conversation) {
		this.mongo.save(conversation);
	}

	/** Active conversations whose last activity is older than the cutoff. */
	List<Conversation> activeSince(Instant cutoff) {
		return this.mongo.find(Query.query(idleSince(cutoff)), Conversation.class);
	}

	/** The chat's conversation if it is still active and idle since the cutoff. */
	static Criteria idleSince(long chatId, Instant cutoff) {
		return Criteria.where("_id").is(chatId).andOperator(idleSince(cutoff));
	}

	private static Criteria idleSince(Instant cutoff) {
		return Criteria.where("status").is(ConversationStatus.ACTIVE).and("lastActivityAt").lt(cutoff);
	}

	/**
	 * Pauses an active conversation if it is still the version that was read.
	 * @return whether it was paused
	 */
	boolean pause(Conversation conversation) {
		return moveIfUnchanged(conversation, ConversationStatus.PAUSED);
	}

	/**
	 * Ends an active conversation if it is still the version that was read.
	 * @return whether it was ended
	 */
	boolean end(Conversation conversation) {
		return moveIfUnchanged(conversation, ConversationStatus.FINISHED);
	}

	private boolean moveIfUnchanged(Conversation conversation, ConversationStatus to) {
		return this.mongo
			.updateFirst(
					Query.query(Criteria.where("_id")
						.is(conversation.chatId())
						.and("version")
						.is(conversation.version())
						.and("status")
						.is(ConversationStatus.ACTIVE)),
					new Update().set("status", to).inc("version", 1), Conversation.class)
			.getModifiedCount() == 1;
	}

	/** Erases the chat's conversation and everything it stored. */
	public boolean erase(long chatId) {
		return this.mongo.remove(Query.query(Criteria.where("_id").is(chatId)), Conversation.class)
			.getDeletedCount() > 0;
	}

}
