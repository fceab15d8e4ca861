package org.peersupport.requests;

import java.util.Optional;

import org.bson.Document;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Which request a person's next relayed message is for, when they have more than one: the
 * one they took or were told about last, or whose "Reply" they pressed.
 */
class RelayFocus {

	static final String COLLECTION = "relay_focus";

	private final MongoOperations mongo;

	RelayFocus(MongoOperations mongo) {
		this.mongo = mongo;
	}

	void focus(long chatId, long number) {
		this.mongo.upsert(byChat(chatId), new Update().set("number", number), COLLECTION);
	}

	Optional<Long> of(long chatId) {
		Document focus = this.mongo.findOne(byChat(chatId), Document.class, COLLECTION);
		return (focus != null) ? Optional.of(((Number) focus.get("number")).longValue()) : Optional.empty();
	}

	void forget(long chatId) {
		this.mongo.remove(byChat(chatId), COLLECTION);
	}

	private static Query byChat(long chatId) {
		return Query.query(Criteria.where("_id").is(chatId));
	}

}
