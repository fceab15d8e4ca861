package org.peersupport.web.account;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

import org.peersupport.web.audit.AuditLog;
import org.peersupport.web.security.CurrentPanelUser;
import org.peersupport.web.security.PanelUser;
import org.peersupport.web.security.StaffAccount;
import org.peersupport.web.security.StaffAccounts;

import org.springframework.stereotype.Service;

/** Changes a staff member makes to their own account, each written to the audit log. */
@Service
public class AccountPreferences {

	/** The audit object type of staff accounts. */
	public static final String OBJECT_TYPE = "staff-account";

	private final StaffAccounts accounts;

	private final CurrentPanelUser currentUser;

	private final AuditLog auditLog;

	AccountPreferences(StaffAccounts accounts, CurrentPanelUser currentUser, AuditLog auditLog) {
		this.accounts = accounts;
		this.currentUser = currentUser;
		this.auditLog = auditLog;
	}

	/** Stores the language for the signed-in person, if anyone is signed in. */
	public void rememberLanguageOfCurrentUser(Locale language) {
		this.currentUser.get()
			.ifPresent(
					(user) -> change(user, "account.language-changed", (account) -> account.preferLanguage(language)));
	}

	public void changeZone(PanelUser user, ZoneId zone) {
		change(user, "account.zone-changed", (account) -> account.useZone(zone));
	}

	/**
	 * Changes the person's own password.
	 * @return false if the current password was wrong (nothing changes)
	 * @throws IllegalArgumentException if the new password breaks the rules
	 */
	public boolean changePassword(PanelUser user, String currentPassword, String newPassword) {
		StaffAccount account = load(user);
		if (!this.accounts.passwordMatches(account, currentPassword)) {
			return false;
		}
		this.accounts.setPassword(account, newPassword);
		this.accounts.save(account);
		this.auditLog.record(user, "account.password-changed", OBJECT_TYPE, account.getId(), Map.of(), Map.of());
		return true;
	}

	private void change(PanelUser user, String action, java.util.function.Consumer<StaffAccount> change) {
		StaffAccount account = load(user);
		Map<String, Object> before = account.auditView();
		change.accept(account);
		this.accounts.save(account);
		this.auditLog.record(user, action, OBJECT_TYPE, account.getId(), before, account.auditView());
	}

	private StaffAccount load(PanelUser user) {
		return this.accounts.findById(user.id())
			.orElseThrow(() -> new IllegalStateException("Signed-in account " + user.id() + " is gone"));
	}

}
