package org.peersupport.leases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Claims on documents of a collection, for jobs that work through due items on any number
 * of instances: each claim is one atomic find-and-modify that sets the fields
 * {@value #OWNER} and {@value #UNTIL} on a due document whose lease is absent or expired,
 * so each item is claimed by one instance, and an item a crashed instance claimed is free
 * again once its lease ends. On an entity with {@code @Version}, Spring Data counts a
 * claim, a renewal and a release as changes and increments the version.
 */
public class ItemLeases {

	/** The field that names the instance holding an item's lease. */
	public static final String OWNER = "leaseOwner";

	/** The field that says until when an item's lease holds. */
	public static final String UNTIL = "leaseUntil";

	private final MongoOperations mongo;

	private final InstanceId owner;

	private final Clock clock;

	public ItemLeases(MongoOperations mongo, InstanceId owner, Clock clock) {
		this.mongo = mongo;
		this.owner = owner;
		this.clock = clock;
	}

	/**
	 * Claims one document that matches {@code due} and is not leased.
	 * @return the document as claimed, or empty if none is left
	 */
	public <T> Optional<T> claimNext(Class<T> type, Criteria due, Duration lease) {
		return claimOne(type, due, Sort.unsorted(), lease);
	}

	/**
	 * Claims up to {@code max} documents that match {@code due} and are not leased, in
	 * this order, one find-and-modify each.
	 * @return the documents as claimed
	 */
	public <T> List<T> claim(Class<T> type, Criteria due, Sort order, int max, Duration lease) {
		List<T> claimed = new ArrayList<>();
		while (claimed.size() < max) {
			Optional<T> next = claimOne(type, due, order, lease);
			if (next.isEmpty()) {
				break;
			}
			claimed.add(next.get());
		}
		return claimed;
	}

	/**
	 * Extends this instance's lease on the document for this long from now.
	 * @return whether this instance still holds it
	 */
	public boolean renew(Class<?> type, Object id, Duration lease) {
		return this.mongo.updateFirst(held(id), new Update().set(UNTIL, this.clock.instant().plus(lease)), type)
			.getMatchedCount() == 1;
	}

	/**
	 * Gives this instance's lease on the document up, leaving the document due.
	 * @return whether this instance held it
	 */
	public boolean release(Class<?> type, Object id) {
		return complete(type, id, new Update());
	}

	/**
	 * Applies the work's outcome to the document and releases the lease, in one write,
	 * only if this instance still holds the lease.
	 * @param done the change that records the work as done (e.g. the next due time); the
	 * release is added to it
	 * @return whether this instance held the lease and the change was made
	 */
	public boolean complete(Class<?> type, Object id, Update done) {
		return this.mongo.updateFirst(held(id), done.unset(OWNER).unset(UNTIL), type).getMatchedCount() == 1;
	}

	private <T> Optional<T> claimOne(Class<T> type, Criteria due, Sort order, Duration lease) {
		Instant now = this.clock.instant();
		Criteria free = new Criteria().orOperator(Criteria.where(UNTIL).is(null), Criteria.where(UNTIL).lte(now));
		Query claimable = Query.query(new Criteria().andOperator(due, free)).with(order);
		Update claim = new Update().set(OWNER, this.owner.value()).set(UNTIL, now.plus(lease));
		return Optional.ofNullable(
				this.mongo.findAndModify(claimable, claim, FindAndModifyOptions.options().returnNew(true), type));
	}

	private Query held(Object id) {
		return Query.query(Criteria.where("_id").is(id).and(OWNER).is(this.owner.value()));
	}

}
