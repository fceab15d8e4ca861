package org.peersupport.messaging;

import java.time.Duration;

import org.peersupport.leases.ItemLeases;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Per-chat order across instances: each stored update of a chat takes the chat's next
 * number, and one instance at a time handles a chat's stored updates, lowest number
 * first, holding the chat's lease ({@link ItemLeases} on {@code chat_turns}). A crashed
 * holder's lease expires and the chat is taken over.
 */
class ChatTurns {

	/** How long a turn holds without renewal; renewed between updates. */
	static final Duration LEASE = Duration.ofSeconds(30);

	private final MongoOperations mongo;

	private final ItemLeases leases;

	ChatTurns(MongoOperations mongo, ItemLeases leases) {
		this.mongo = mongo;
		this.leases = leases;
	}

	/**
	 * Numbers {@code count} updates of the chat about to be stored.
	 * @return the first of their numbers (the others follow it)
	 */
	long take(long chatId, int count) {
		Query chat = Query.query(Criteria.where("_id").is(chatId));
		Update next = new Update().inc("seq", count).setOnInsert("schemaVersion", ChatTurn.SCHEMA_VERSION);
		FindAndModifyOptions upsert = FindAndModifyOptions.options().upsert(true).returnNew(true);
		ChatTurn turn;
		try {
			turn = this.mongo.findAndModify(chat, next, upsert, ChatTurn.class);
		}
		catch (DuplicateKeyException ex) {
			// Another instance inserted the chat's document first: it exists now.
			turn = this.mongo.findAndModify(chat, next, upsert, ChatTurn.class);
		}
		return turn.seq() - count + 1;
	}

	/** Takes the chat's turn if no other instance holds it; false if one does. */
	boolean claim(long chatId) {
		if (this.leases.claimNext(ChatTurn.class, Criteria.where("_id").is(chatId), LEASE).isPresent()) {
			return true;
		}
		if (this.mongo.exists(Query.query(Criteria.where("_id").is(chatId)), ChatTurn.class)) {
			return false;
		}
		// Updates stored before the chat had a document (by a single instance): made now.
		take(chatId, 0);
		return this.leases.claimNext(ChatTurn.class, Criteria.where("_id").is(chatId), LEASE).isPresent();
	}

	/** Extends this instance's turn; false if it lost it (it expired and was taken). */
	boolean renew(long chatId) {
		return this.leases.renew(ChatTurn.class, chatId, LEASE);
	}

	/** Gives the turn up. */
	void release(long chatId) {
		this.leases.release(ChatTurn.class, chatId);
	}

	/** Forgets the chat (erasure): the next update starts its numbers again. */
	void forget(long chatId) {
		this.mongo.remove(Query.query(Criteria.where("_id").is(chatId)), ChatTurn.class);
	}

}
