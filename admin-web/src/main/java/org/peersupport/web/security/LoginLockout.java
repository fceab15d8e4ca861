package org.peersupport.web.security;

import java.time.Clock;
import java.time.Instant;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.peersupport.web.PanelProperties;

import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Locks a staff account for a while after too many wrong passwords in a row. Counts with
 * atomic updates in MongoDB, so parallel guesses on several instances all count.
 */
@Component
public class LoginLockout {

	private static final Log logger = LogFactory.getLog(LoginLockout.class);

	private final MongoTemplate mongo;

	private final StaffAccountRepository accounts;

	private final PanelProperties.Lockout settings;

	private final Clock clock;

	LoginLockout(MongoTemplate mongo, StaffAccountRepository accounts, PanelProperties properties, Clock clock) {
		this.mongo = mongo;
		this.accounts = accounts;
		this.settings = properties.lockout();
		this.clock = clock;
	}

	/** Whether the account with this (normalized) login name is locked now. */
	public boolean isLocked(String username) {
		LoginLock lock = this.mongo.findById(username, LoginLock.class);
		return lock != null && lock.isLockedAt(this.clock.instant());
	}

	/**
	 * Lifts a lock and forgets earlier failures, e.g. after an admin reset the password.
	 */
	public void clear(String username) {
		this.mongo.remove(Query.query(Criteria.where("_id").is(username)), LoginLock.class);
	}

	@EventListener
	void onBadPassword(AuthenticationFailureBadCredentialsEvent event) {
		String username = Usernames.normalize(event.getAuthentication().getName());
		if (this.accounts.findByUsername(username).isEmpty()) {
			return; // unknown names are not stored: nothing to lock, and no place to
					// flood
		}
		recordFailure(username);
	}

	@EventListener
	void onLogin(AuthenticationSuccessEvent event) {
		clear(Usernames.normalize(event.getAuthentication().getName()));
	}

	void recordFailure(String username) {
		Query byName = Query.query(Criteria.where("_id").is(username));
		Update count = new Update().inc("failures", 1).setOnInsert("schemaVersion", LoginLock.SCHEMA_VERSION);
		LoginLock lock = this.mongo.findAndModify(byName, count,
				FindAndModifyOptions.options().returnNew(true).upsert(true), LoginLock.class);
		if (lock != null && lock.failures() >= this.settings.maxFailures()) {
			Instant until = this.clock.instant().plus(this.settings.duration());
			Query reached = Query
				.query(Criteria.where("_id").is(username).and("failures").gte(this.settings.maxFailures()));
			this.mongo.updateFirst(reached, new Update().set("lockedUntil", until).set("failures", 0), LoginLock.class);
			logger.info("Staff account locked after repeated wrong passwords until " + until);
		}
	}

}
