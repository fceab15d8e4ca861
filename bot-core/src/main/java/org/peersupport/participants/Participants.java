package org.peersupport.participants;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Stored participants. Every write is an upsert or a conditional update, so running the
 * same step twice changes nothing the second time.
 */
public class Participants {

	private final MongoOperations mongo;

	public Participants(MongoOperations mongo) {
		this.mongo = mongo;
	}

	/** The participant of a private chat, if they accepted the consent text. */
	public Optional<Participant> find(long chatId) {
		return Optional.ofNullable(this.mongo.findById(chatId, Participant.class));
	}

	/**
	 * Records the accepted consent text; creates the participant, or leaves an existing
	 * one's first consent as it was.
	 */
	public void recordConsent(long chatId, String locale, String consentVersion, Instant at) {
		this.mongo.upsert(byChat(chatId),
				new Update().setOnInsert("consentVersion", consentVersion)
					.setOnInsert("consentedAt", at)
					.setOnInsert("status", ParticipantStatus.CONSENTED)
					.setOnInsert("profile", Map.of())
					.setOnInsert("schemaVersion", Participant.SCHEMA_VERSION)
					.set("locale", locale),
				Participant.class);
	}

	/** Changes the bot language of an existing participant; false if there is none. */
	public boolean changeLocale(long chatId, String locale) {
		return this.mongo.updateFirst(byChat(chatId), new Update().set("locale", locale), Participant.class)
			.getMatchedCount() == 1;
	}

	/**
	 * Stores the onboarding answers and puts the participant on their programme's waiting
	 * list.
	 * @return true the first time only (so counts and events happen once)
	 */
	public boolean completeOnboarding(long chatId, String programme, Map<String, Object> profile, Instant at) {
		Update answers = new Update().set("programme", programme).set("profile", profile);
		this.mongo.updateFirst(byChat(chatId), answers, Participant.class);
		return this.mongo
			.updateFirst(Query.query(Criteria.where("_id").is(chatId).and("onboardedAt").is(null)),
					new Update().set("onboardedAt", at).set("status", ParticipantStatus.WAITING_FOR_GROUP),
					Participant.class)
			.getModifiedCount() == 1;
	}

	/**
	 * Participants of a programme waiting to be added to a group, longest waiting first.
	 */
	public List<Participant> waitingList(String programme) {
		return this.mongo.find(Query
			.query(Criteria.where("programme").is(programme).and("status").is(ParticipantStatus.WAITING_FOR_GROUP))
			.with(Sort.by("onboardedAt")), Participant.class);
	}

	/** How many participants finished onboarding at or after {@code since}. */
	public long countOnboardedSince(Instant since) {
		return this.mongo.count(Query.query(Criteria.where("onboardedAt").gte(since)), Participant.class);
	}

	/**
	 * How many participants of these programmes finished onboarding at or after
	 * {@code since}.
	 */
	public long countOnboardedSince(Instant since, Collection<String> programmes) {
		return this.mongo.count(Query.query(Criteria.where("onboardedAt").gte(since).and("programme").in(programmes)),
				Participant.class);
	}

	/** The chats of the participants of these programmes. */
	public List<Long> chatIdsIn(Collection<String> programmes) {
		Query query = Query.query(Criteria.where("programme").in(programmes));
		return this.mongo.findDistinct(query, "_id", Participant.class, Long.class);
	}

	/** Erases the participant; true if there was one. */
	public boolean erase(long chatId) {
		return this.mongo.remove(byChat(chatId), Participant.class).getDeletedCount() > 0;
	}

	private static Query byChat(long chatId) {
		return Query.query(Criteria.where("_id").is(chatId));
	}

}
