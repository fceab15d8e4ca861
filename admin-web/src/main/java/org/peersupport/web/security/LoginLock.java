package org.peersupport.web.security;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Sign-in attempts for one login name since its window opened, and when the window (or
 * the lock) ends. Kept apart from the account so an attempt never races an admin's edit,
 * and kept for names without an account too, under a hash of the name rather than the
 * typed text (people type passwords into the name field).
 */
@Document("login_locks")
class LoginLock {

	static final int SCHEMA_VERSION = 2;

	@Id
	private String key;

	private int attempts;

	private Instant until;

	private int schemaVersion;

	protected LoginLock() {
	}

	int attempts() {
		return this.attempts;
	}

	boolean isLockedAt(Instant now, int maxAttempts) {
		return this.attempts >= maxAttempts && this.until != null && this.until.isAfter(now);
	}

}
