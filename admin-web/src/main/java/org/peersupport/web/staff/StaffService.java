package org.peersupport.web.staff;

import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.peersupport.web.account.AccountPreferences;
import org.peersupport.web.audit.AuditLog;
import org.peersupport.web.security.LoginLockout;
import org.peersupport.web.security.PanelRole;
import org.peersupport.web.security.PanelUser;
import org.peersupport.web.security.StaffAccount;
import org.peersupport.web.security.StaffAccountRepository;
import org.peersupport.web.security.StaffAccounts;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/** What an admin does to staff accounts; every change is audited. */
@Service
public class StaffService {

	private static final String OBJECT_TYPE = AccountPreferences.OBJECT_TYPE;

	private final StaffAccounts accounts;

	private final StaffAccountRepository repository;

	private final LoginLockout lockout;

	private final AuditLog auditLog;

	StaffService(StaffAccounts accounts, StaffAccountRepository repository, LoginLockout lockout, AuditLog auditLog) {
		this.accounts = accounts;
		this.repository = repository;
		this.lockout = lockout;
		this.auditLog = auditLog;
	}

	public Page<StaffAccount> list(Pageable pageable) {
		return this.repository.findAllByOrderByUsernameAsc(pageable);
	}

	public long count() {
		return this.repository.count();
	}

	public StaffAccount get(String id) {
		return this.repository.findById(id).orElseThrow(() -> new StaffAccountNotFoundException(id));
	}

	/**
	 * Creates a moderator who speaks the admin's language until they choose their own,
	 * limited to these programmes (all of them when empty).
	 */
	public StaffAccount createModerator(PanelUser admin, String username, String password, Set<String> programmes) {
		StaffAccount created = this.accounts.create(username, password, PanelRole.MODERATOR, admin.language());
		if (!programmes.isEmpty()) {
			created.limitToProgrammes(programmes);
			created = this.accounts.save(created);
		}
		this.auditLog.record(admin, "staff.created", OBJECT_TYPE, created.getId(), Map.of(), created.auditView());
		return created;
	}

	/** Disables an account; an admin cannot disable their own. */
	public void disable(PanelUser admin, String id) {
		if (admin.id().equals(id)) {
			throw new IllegalStateException("An admin cannot disable their own account");
		}
		change(admin, id, "staff.disabled", StaffAccount::disable);
	}

	public void enable(PanelUser admin, String id) {
		change(admin, id, "staff.enabled", StaffAccount::enable);
	}

	/** Sets a new password and lifts a lockout. */
	public void resetPassword(PanelUser admin, String id, String newPassword) {
		StaffAccount account = get(id);
		this.accounts.setPassword(account, newPassword);
		this.accounts.save(account);
		this.lockout.clear(account.getUsername());
		this.auditLog.record(admin, "staff.password-reset", OBJECT_TYPE, id, Map.of(), Map.of());
	}

	public void limitToProgrammes(PanelUser admin, String id, Set<String> programmes) {
		change(admin, id, "staff.programmes-changed", (account) -> account.limitToProgrammes(programmes));
	}

	private void change(PanelUser admin, String id, String action, Consumer<StaffAccount> change) {
		StaffAccount account = get(id);
		Map<String, Object> before = account.auditView();
		change.accept(account);
		this.accounts.save(account);
		this.auditLog.record(admin, action, OBJECT_TYPE, id, before, account.auditView());
	}

}
