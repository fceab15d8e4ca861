package org.peersupport.checkins;

import java.time.Instant;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The stored check-in answers.
 */
class MoodPoints {

	private final MongoOperations mongo;

	MoodPoints(MongoOperations mongo) {
		this.mongo = mongo;
	}

	/**
	 * Stores the answer to one prompt; the first answer stands.
	 * @return whether it was stored now
	 */
	boolean record(long chatId, long occurrenceSecond, int mood, Instant at) {
		try {
			this.mongo.insert(new MoodPoint(MoodPoint.id(chatId, occurrenceSecond), chatId,
					Instant.ofEpochSecond(occurrenceSecond), at, mood, null, MoodPoint.SCHEMA_VERSION));
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	MoodPoint find(long chatId, long occurrenceSecond) {
		return this.mongo.findById(MoodPoint.id(chatId, occurrenceSecond), MoodPoint.class);
	}

	/** Adds the word to an answer. */
	void addWord(long chatId, long occurrenceSecond, String word) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(MoodPoint.id(chatId, occurrenceSecond))),
				new Update().set("word", word), MoodPoint.class);
	}

	/** A person's answers since {@code since}, oldest first. */
	List<MoodPoint> since(long chatId, Instant since) {
		return this.mongo.find(
				Query.query(Criteria.where("chatId").is(chatId).and("at").gte(since)).with(Sort.by("at")),
				MoodPoint.class);
	}

	/** All of a person's answers, oldest first. */
	List<MoodPoint> of(long chatId) {
		return this.mongo.find(Query.query(Criteria.where("chatId").is(chatId)).with(Sort.by("at")), MoodPoint.class);
	}

	void erase(long chatId) {
		this.mongo.remove(Query.query(Criteria.where("chatId").is(chatId)), MoodPoint.class);
	}

}
