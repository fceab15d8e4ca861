package org.peersupport.web.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.peersupport.web.PanelProperties;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Limits password checks per login name: at most {@code max-failures} within a window of
 * {@code duration}; the attempt that reaches the limit locks the name for
 * {@code duration}, and a successful sign-in starts afresh. Each attempt is claimed with
 * an atomic increment in MongoDB before its password is checked, so guesses sent in
 * parallel, or to several instances, cannot get more checks than the limit. Names without
 * an account are counted and locked the same way.
 */
@Component
public class LoginLockout {

	private static final Logger log = LoggerFactory.getLogger(LoginLockout.class);

	private final MongoTemplate mongo;

	private final PanelProperties.Lockout settings;

	private final Clock clock;

	LoginLockout(MongoTemplate mongo, PanelProperties properties, Clock clock) {
		this.mongo = mongo;
		this.settings = properties.lockout();
		this.clock = clock;
	}

	/**
	 * Counts one sign-in attempt for this (normalized) login name, before its password is
	 * checked.
	 * @return whether the password may be checked; false while the name is locked
	 */
	boolean claimAttempt(String username) {
		Instant now = this.clock.instant();
		String key = key(username);
		this.mongo.remove(Query.query(Criteria.where("_id").is(key).andOperator(ended(now))), LoginLock.class);
		int attempts = increment(key, now);
		if (attempts == this.settings.maxFailures()) {
			Instant until = now.plus(this.settings.duration());
			this.mongo.updateFirst(byKey(key), new Update().set("until", until), LoginLock.class);
			log.info("A panel login name is locked until {} after {} sign-in attempts", until, attempts);
		}
		return attempts <= this.settings.maxFailures();
	}

	/** Whether this (normalized) login name is locked now. */
	public boolean isLocked(String username) {
		LoginLock lock = this.mongo.findById(key(username), LoginLock.class);
		return lock != null && lock.isLockedAt(this.clock.instant(), this.settings.maxFailures());
	}

	/**
	 * Lifts a lock and forgets earlier attempts: after a successful sign-in, or after an
	 * admin reset the password.
	 */
	public void clear(String username) {
		this.mongo.remove(byKey(key(username)), LoginLock.class);
	}

	/** Forgets windows and locks that have ended. */
	long purgeEnded() {
		return this.mongo.remove(Query.query(ended(this.clock.instant())), LoginLock.class).getDeletedCount();
	}

	private int increment(String key, Instant now) {
		Update attempt = new Update().inc("attempts", 1)
			.setOnInsert("until", now.plus(this.settings.duration()))
			.setOnInsert("schemaVersion", LoginLock.SCHEMA_VERSION);
		FindAndModifyOptions upsert = FindAndModifyOptions.options().returnNew(true).upsert(true);
		try {
			return this.mongo.findAndModify(byKey(key), attempt, upsert, LoginLock.class).attempts();
		}
		catch (DuplicateKeyException ex) {
			// Two first attempts raced to insert the document; the other one won.
			return this.mongo.findAndModify(byKey(key), attempt, upsert, LoginLock.class).attempts();
		}
	}

	/** A window or lock that is over (a document without an end is from schema 1). */
	private static Criteria ended(Instant now) {
		return new Criteria().orOperator(Criteria.where("until").lte(now), Criteria.where("until").exists(false));
	}

	private static Query byKey(String key) {
		return Query.query(Criteria.where("_id").is(key));
	}

	private static String key(String username) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(username.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
