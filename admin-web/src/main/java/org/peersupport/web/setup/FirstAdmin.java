package org.peersupport.web.setup;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.peersupport.web.account.AccountPreferences;
import org.peersupport.web.audit.AuditLog;
import org.peersupport.web.security.PanelRole;
import org.peersupport.web.security.StaffAccount;
import org.peersupport.web.security.StaffAccounts;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * Makes sure the panel gets its first admin without a default password: from settings if
 * given, otherwise by issuing a setup token at start.
 */
@Service
public class FirstAdmin implements ApplicationRunner {

	private static final Log logger = LogFactory.getLog(FirstAdmin.class);

	private final StaffAccounts accounts;

	private final MongoTemplate mongo;

	private final AdminProperties adminProperties;

	private final SetupToken token;

	private final AuditLog auditLog;

	private final Clock clock;

	FirstAdmin(StaffAccounts accounts, MongoTemplate mongo, AdminProperties adminProperties, SetupToken token,
			AuditLog auditLog, Clock clock) {
		this.accounts = accounts;
		this.mongo = mongo;
		this.adminProperties = adminProperties;
		this.token = token;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (isDone()) {
			return;
		}
		if (this.adminProperties.isSet()) {
			StaffAccount admin = create(this.adminProperties.username(), this.adminProperties.password(),
					Locale.ENGLISH);
			this.auditLog.recordBySystem("setup.first-admin", AccountPreferences.OBJECT_TYPE, admin.getId(), Map.of(),
					admin.auditView());
			logger.info("First admin created from peer.admin settings");
			return;
		}
		logger.info("No admin yet. Setup token: " + this.token.issue());
	}

	/** Whether an admin exists, so setup is closed. */
	public boolean isDone() {
		return this.accounts.anyAdminExists();
	}

	/**
	 * Creates the first admin if {@code typedToken} is the setup token.
	 * @return the new admin, or {@code null} if the token is wrong or setup is closed
	 * @throws IllegalArgumentException if name or password break the rules
	 */
	StaffAccount createWithToken(String typedToken, String username, String password, Locale language) {
		if (isDone() || !this.token.matches(typedToken)) {
			return null;
		}
		StaffAccount admin = create(username, password, language);
		this.token.spend();
		this.auditLog.record(admin.toPanelUser(), "setup.first-admin", AccountPreferences.OBJECT_TYPE, admin.getId(),
				Map.of(), admin.auditView());
		return admin;
	}

	/**
	 * Creates the admin first, then claims setup: a crash in between leaves an admin
	 * (setup done), and the loser of a race removes its account again.
	 */
	private StaffAccount create(String username, String password, Locale language) {
		StaffAccount admin = this.accounts.create(username, password, PanelRole.ADMIN, language);
		try {
			this.mongo.insert(new SetupState(SetupState.FIRST_ADMIN, admin.getId(), this.clock.instant(),
					SetupState.SCHEMA_VERSION));
		}
		catch (DuplicateKeyException ex) {
			this.accounts.delete(admin);
			throw new IllegalStateException("Setup was completed by another request", ex);
		}
		return admin;
	}

}
