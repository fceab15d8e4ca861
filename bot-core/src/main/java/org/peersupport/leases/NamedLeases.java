package org.peersupport.leases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Leases by name (collection {@code leases}), for work that one instance at a time may
 * do: a job's run, the poller, the sender. A lease is taken with one atomic
 * find-and-modify on its document (or, the first time, an insert under the unique name),
 * so of instances racing for a lease exactly one gets it.
 */
public class NamedLeases {

	private static final Logger log = LoggerFactory.getLogger(NamedLeases.class);

	private final MongoOperations mongo;

	private final InstanceId owner;

	private final Clock clock;

	public NamedLeases(MongoOperations mongo, InstanceId owner, Clock clock) {
		this.mongo = mongo;
		this.owner = owner;
		this.clock = clock;
	}

	/**
	 * Takes the lease for this long if it is free, expired, or already this instance's
	 * (then it is extended).
	 * @return whether this instance holds the lease now
	 */
	public boolean tryAcquire(String name, Duration duration) {
		Instant now = this.clock.instant();
		Query takeable = Query.query(Criteria.where("_id")
			.is(name)
			.orOperator(Criteria.where("until").lte(now), Criteria.where("owner").is(this.owner.value())));
		Update take = new Update().set("owner", this.owner.value()).set("until", now.plus(duration));
		if (this.mongo.findAndModify(takeable, take, Lease.class) != null) {
			log.debug("Lease {} taken by {}", name, this.owner);
			return true;
		}
		// Not an upsert: a lost race on the unique _id would be logged as an error by the
		// embedded store on every try while another instance holds the lease.
		if (this.mongo.exists(Query.query(Criteria.where("_id").is(name)), Lease.class)) {
			return false;
		}
		try {
			this.mongo.insert(new Lease(name, this.owner.value(), now.plus(duration), Lease.SCHEMA_VERSION));
			log.debug("Lease {} taken by {}", name, this.owner);
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	/**
	 * Extends the lease for this long from now, if this instance still holds it (nobody
	 * took it over after it expired).
	 * @return whether this instance holds the lease now
	 */
	public boolean renew(String name, Duration duration) {
		return this.mongo
			.updateFirst(held(name), new Update().set("until", this.clock.instant().plus(duration)), Lease.class)
			.getMatchedCount() == 1;
	}

	/**
	 * Gives the lease up at once, if this instance holds it. The document stays, expired,
	 * so the next taker changes it instead of inserting it again.
	 * @return whether it was held
	 */
	public boolean release(String name) {
		return this.mongo.updateFirst(held(name), new Update().set("until", this.clock.instant()), Lease.class)
			.getMatchedCount() == 1;
	}

	private Query held(String name) {
		return Query.query(Criteria.where("_id").is(name).and("owner").is(this.owner.value()));
	}

}
