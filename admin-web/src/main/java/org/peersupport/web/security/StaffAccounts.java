package org.peersupport.web.security;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

import org.peersupport.web.PanelProperties;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Creates staff accounts and handles their passwords; the only place that hashes or
 * checks a password outside the login itself.
 */
@Service
public class StaffAccounts {

	private final StaffAccountRepository repository;

	private final PasswordEncoder passwordEncoder;

	private final PanelProperties properties;

	private final Clock clock;

	StaffAccounts(StaffAccountRepository repository, PasswordEncoder passwordEncoder, PanelProperties properties,
			Clock clock) {
		this.repository = repository;
		this.passwordEncoder = passwordEncoder;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Stores a new enabled account.
	 * @throws UsernameTakenException if the login name is in use
	 * @throws IllegalArgumentException if name or password break the rules
	 */
	public StaffAccount create(String typedUsername, String rawPassword, PanelRole role, Locale language) {
		String username = Usernames.normalize(typedUsername);
		if (!Usernames.isValid(username)) {
			throw new IllegalArgumentException("Username does not follow the rules");
		}
		requireAcceptable(rawPassword);
		ZoneId zone = this.properties.defaultZone();
		StaffAccount account = StaffAccount.create(username, this.passwordEncoder.encode(rawPassword), role, language,
				zone, this.clock.instant());
		try {
			return this.repository.insert(account);
		}
		catch (DuplicateKeyException ex) {
			throw new UsernameTakenException(username, ex);
		}
	}

	public Optional<StaffAccount> findById(String id) {
		return this.repository.findById(id);
	}

	public boolean passwordMatches(StaffAccount account, String rawPassword) {
		return rawPassword != null && this.passwordEncoder.matches(rawPassword, account.getPasswordHash());
	}

	/** Replaces the password; the caller saves the account. */
	public void setPassword(StaffAccount account, String rawPassword) {
		requireAcceptable(rawPassword);
		account.changePasswordHash(this.passwordEncoder.encode(rawPassword));
	}

	public StaffAccount save(StaffAccount account) {
		return this.repository.save(account);
	}

	/** Removes an account; only for undoing a creation that lost a race. */
	public void delete(StaffAccount account) {
		this.repository.delete(account);
	}

	public boolean anyAdminExists() {
		return this.repository.existsByRole(PanelRole.ADMIN);
	}

	private static void requireAcceptable(String rawPassword) {
		if (!Passwords.isAcceptable(rawPassword)) {
			throw new IllegalArgumentException("Password does not follow the rules");
		}
	}

}
