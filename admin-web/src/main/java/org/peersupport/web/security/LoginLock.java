package org.peersupport.web.security;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Wrong passwords in a row for one staff account, and until when it is locked. Kept apart
 * from the account so a failed login never races an admin's edit.
 */
@Document("login_locks")
class LoginLock {

	static final int SCHEMA_VERSION = 1;

	@Id
	private String username;

	private int failures;

	private Instant lockedUntil;

	private int schemaVersion;

	protected LoginLock() {
	}

	int failures() {
		return this.failures;
	}

	boolean isLockedAt(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

}
