package org.peersupport.requests;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.bson.Document;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Stored help requests. A request is made once per update that asks for it, and every
 * change of its status is conditional on the status it had.
 */
public class HelpRequests {

	/** The counter document that hands out request numbers. */
	static final String NUMBERS = "help_request_numbers";

	private final MongoOperations mongo;

	public HelpRequests(MongoOperations mongo) {
		this.mongo = mongo;
	}

	/**
	 * Stores a new request under {@code id}, giving it the next number; a request already
	 * stored under that id (the same update handled again) is returned as it is.
	 */
	public HelpRequest create(String id, long chatId, String programme, String category, Urgency urgency,
			String summary, String region, String locale, Instant at) {
		HelpRequest existing = find(id).orElse(null);
		if (existing != null) {
			return existing;
		}
		HelpRequest request = new HelpRequest(id, nextNumber(), chatId, programme, category, urgency, summary, region,
				locale, RequestStatus.OPEN, at, null, HelpRequest.SCHEMA_VERSION);
		try {
			this.mongo.insert(request);
			return request;
		}
		catch (DuplicateKeyException ex) {
			return find(id).orElseThrow(() -> ex);
		}
	}

	private long nextNumber() {
		Document counter = this.mongo.findAndModify(Query.query(Criteria.where("_id").is("help_requests")),
				new Update().inc("next", 1L), FindAndModifyOptions.options().upsert(true).returnNew(true),
				Document.class, NUMBERS);
		return ((Number) counter.get("next")).longValue();
	}

	public Optional<HelpRequest> find(String id) {
		return Optional.ofNullable(this.mongo.findById(id, HelpRequest.class));
	}

	/** The request with this number. */
	public Optional<HelpRequest> byNumber(long number) {
		return Optional
			.ofNullable(this.mongo.findOne(Query.query(Criteria.where("number").is(number)), HelpRequest.class));
	}

	/** A participant's requests, newest first. */
	public List<HelpRequest> ofChat(long chatId) {
		return this.mongo.find(
				Query.query(Criteria.where("chatId").is(chatId)).with(Sort.by(Sort.Direction.DESC, "createdAt")),
				HelpRequest.class);
	}

	/** A participant's open or claimed requests, oldest first. */
	public List<HelpRequest> activeOf(long chatId) {
		return this.mongo.find(Query
			.query(Criteria.where("chatId").is(chatId).and("status").in(RequestStatus.OPEN, RequestStatus.CLAIMED))
			.with(Sort.by("createdAt")), HelpRequest.class);
	}

	/**
	 * Cancels a participant's request that is still open or claimed.
	 * @return whether it was theirs and active, and is now cancelled
	 */
	public boolean cancel(long number, long chatId, Instant at) {
		return this.mongo
			.updateFirst(
					Query.query(Criteria.where("number")
						.is(number)
						.and("chatId")
						.is(chatId)
						.and("status")
						.in(RequestStatus.OPEN, RequestStatus.CLAIMED)),
					new Update().set("status", RequestStatus.CANCELLED).set("closedAt", at), HelpRequest.class)
			.getModifiedCount() == 1;
	}

	/** Erases every request of a chat. */
	public long erase(long chatId) {
		return this.mongo.remove(Query.query(Criteria.where("chatId").is(chatId)), HelpRequest.class).getDeletedCount();
	}

}
