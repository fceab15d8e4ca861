package org.peersupport.requests;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Stored medicine offers. An offer is recorded once per update that records it; it stops
 * matching at its expiry by its stored time (no timer needed for that), and the expiry
 * job only marks it and tells the donor.
 */
public class MedicineOffers {

	private final MongoOperations mongo;

	public MedicineOffers(MongoOperations mongo) {
		this.mongo = mongo;
	}

	/**
	 * Stores a new offer; one already stored under its id (the same update handled again)
	 * is returned as it is.
	 */
	MedicineOffer record(MedicineOffer offer) {
		try {
			this.mongo.insert(offer);
			return offer;
		}
		catch (DuplicateKeyException ex) {
			return find(offer.id()).orElseThrow(() -> ex);
		}
	}

	Optional<MedicineOffer> find(String id) {
		return Optional.ofNullable(this.mongo.findById(id, MedicineOffer.class));
	}

	/** A donor's offers that still hold at {@code now}, soonest to expire first. */
	public List<MedicineOffer> standingOf(long chatId, Instant now) {
		return this.mongo.find(Query.query(standing(now).and("chatId").is(chatId)).with(Sort.by("expiresAt", "_id")),
				MedicineOffer.class);
	}

	/** The offers of a programme that still hold at {@code now}. */
	List<MedicineOffer> standingIn(String programme, Instant now) {
		return this.mongo.find(Query.query(standing(now).and("programme").is(programme)).with(Sort.by("createdAt")),
				MedicineOffer.class);
	}

	/** Every offer of a chat, standing or not, newest first (for {@code /mydata}). */
	List<MedicineOffer> ofChat(long chatId) {
		return this.mongo.find(
				Query.query(Criteria.where("chatId").is(chatId)).with(Sort.by(Sort.Direction.DESC, "createdAt")),
				MedicineOffer.class);
	}

	/**
	 * Withdraws the donor's offer if it is theirs and active.
	 * @return whether this call withdrew it
	 */
	boolean withdraw(String id, long chatId, Instant at) {
		return this.mongo.updateFirst(Query
			.query(Criteria.where("_id").is(id).and("chatId").is(chatId).and("status").is(MedicineOffer.Status.ACTIVE)),
				new Update().set("status", MedicineOffer.Status.WITHDRAWN).set("closedAt", at), MedicineOffer.class)
			.getModifiedCount() == 1;
	}

	/** The active offers past their expiry, as a lease query. */
	static Criteria expiryDue(Instant now) {
		return Criteria.where("status").is(MedicineOffer.Status.ACTIVE).and("expiresAt").lte(now);
	}

	/** Erases every offer of a chat. */
	long erase(long chatId) {
		return this.mongo.remove(Query.query(Criteria.where("chatId").is(chatId)), MedicineOffer.class)
			.getDeletedCount();
	}

	private static Criteria standing(Instant now) {
		return Criteria.where("status").is(MedicineOffer.Status.ACTIVE).and("expiresAt").gt(now);
	}

}
