package org.peersupport.silence;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.peersupport.participants.Participant;
import org.peersupport.participants.Volunteer;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * When each person who gave consent last wrote (collection {@code last_messages}). Every
 * write is keyed by the chat, so a repeated update changes nothing new.
 */
class LastMessages {

	/**
	 * A message within this time after the stored one is not written: the silence is
	 * counted in months, and most messages then cost one read by key.
	 */
	static final Duration PRECISION = Duration.ofHours(1);

	private final MongoOperations mongo;

	LastMessages(MongoOperations mongo) {
		this.mongo = mongo;
	}

	/** Consent given: the silence starts again now, and any warning is void. */
	void consented(long chatId, String locale, Instant at) {
		this.mongo.upsert(byChat(chatId),
				new Update().set("at", at)
					.set("locale", locale)
					.unset("warnedFor")
					.unset("warnedAt")
					.setOnInsert("schemaVersion", LastMessage.SCHEMA_VERSION),
				LastMessage.class);
	}

	/**
	 * The person wrote or pressed a button: the silence starts again, and any warning is
	 * void. Nothing is stored for a chat whose person gave no consent.
	 */
	void heard(long chatId, Instant at) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(chatId).and("at").lt(at.minus(PRECISION))),
				new Update().set("at", at).unset("warnedFor").unset("warnedAt"), LastMessage.class);
	}

	/**
	 * Starts the silence now for the given people who have none stored (people who gave
	 * consent before it was kept): they are never erased before the full silence has
	 * passed from now.
	 * @return how many were started
	 */
	int startMissing(Collection<Long> chatIds, Instant now) {
		Set<Long> missing = new HashSet<>(chatIds);
		missing.removeAll(this.mongo.findDistinct(new Query(), "_id", LastMessage.class, Long.class));
		for (long chatId : missing) {
			this.mongo.upsert(byChat(chatId),
					new Update().setOnInsert("at", now).setOnInsert("schemaVersion", LastMessage.SCHEMA_VERSION),
					LastMessage.class);
		}
		return missing.size();
	}

	/**
	 * Starts the silence now for every participant and volunteer who has none stored.
	 * @return how many were started
	 */
	int startMissing(Instant now) {
		Set<Long> people = new HashSet<>(this.mongo.findDistinct(new Query(), "_id", Participant.class, Long.class));
		people.addAll(this.mongo.findDistinct(new Query(), "chatId", Volunteer.class, Long.class));
		return startMissing(people, now);
	}

	Optional<LastMessage> find(long chatId) {
		return Optional.ofNullable(this.mongo.findById(chatId, LastMessage.class));
	}

	void erase(long chatId) {
		this.mongo.remove(byChat(chatId), LastMessage.class);
	}

	/** Silent since {@code cutoff} or longer, and not yet warned of it. */
	static Criteria dueForWarning(Instant cutoff) {
		return Criteria.where("at").lte(cutoff).and("warnedFor").is(null);
	}

	/**
	 * Silent since {@code cutoff} or longer, and warned at or before {@code warnedBy}.
	 */
	static Criteria dueForErasure(Instant cutoff, Instant warnedBy) {
		return Criteria.where("at").lte(cutoff).and("warnedAt").lte(warnedBy);
	}

	private static Query byChat(long chatId) {
		return Query.query(Criteria.where("_id").is(chatId));
	}

}
