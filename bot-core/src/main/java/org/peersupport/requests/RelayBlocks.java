package org.peersupport.requests;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** The stored stops on the relay, one per person. */
class RelayBlocks {

	private final MongoOperations mongo;

	RelayBlocks(MongoOperations mongo) {
		this.mongo = mongo;
	}

	/** Stores the stop unless the person already has one; returns the one kept. */
	RelayBlock add(RelayBlock block) {
		try {
			return this.mongo.insert(block);
		}
		catch (DuplicateKeyException ex) {
			return Optional.ofNullable(this.mongo.findById(block.id(), RelayBlock.class)).orElseThrow(() -> ex);
		}
	}

	boolean participantBlocked(long chatId) {
		return this.mongo.exists(Query.query(Criteria.where("_id").is(RelayBlock.participantId(chatId))),
				RelayBlock.class);
	}

	/**
	 * The stop on either side of a claim, the volunteer's first, in one query.
	 */
	Optional<RelayBlock> ofEitherSide(String volunteerId, long participantChatId) {
		String volunteer = RelayBlock.volunteerId(volunteerId);
		List<RelayBlock> found = this.mongo.find(
				Query.query(Criteria.where("_id").in(volunteer, RelayBlock.participantId(participantChatId))),
				RelayBlock.class);
		return found.stream()
			.filter((block) -> block.id().equals(volunteer))
			.findFirst()
			.or(() -> found.stream().findFirst());
	}

	/** Which of these volunteers (ids) staff blocked from the relay, in one query. */
	Set<String> blockedVolunteers(Collection<String> volunteerIds) {
		if (volunteerIds.isEmpty()) {
			return Set.of();
		}
		List<String> ids = volunteerIds.stream().map(RelayBlock::volunteerId).toList();
		return this.mongo.find(Query.query(Criteria.where("_id").in(ids)), RelayBlock.class)
			.stream()
			.map(RelayBlock::volunteerId)
			.collect(Collectors.toSet());
	}

	Optional<RelayBlock> find(String id) {
		return Optional.ofNullable(this.mongo.findById(id, RelayBlock.class));
	}

	/** The stops set on a request, oldest first. */
	List<RelayBlock> setOn(long requestNumber) {
		return this.mongo.find(Query.query(Criteria.where("requestNumber").is(requestNumber)).with(Sort.by("at")),
				RelayBlock.class);
	}

	/** Lifts a stop; whether this call removed it. */
	boolean remove(String id) {
		return this.mongo.remove(Query.query(Criteria.where("_id").is(id)), RelayBlock.class).getDeletedCount() == 1;
	}

}
