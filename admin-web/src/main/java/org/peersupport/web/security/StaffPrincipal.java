package org.peersupport.web.security;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** What the security context holds for a signed-in staff member: the account id. */
final class StaffPrincipal implements UserDetails, CredentialsContainer {

	private final String accountId;

	private final String username;

	private final List<GrantedAuthority> authorities;

	private final boolean enabled;

	private String passwordHash;

	StaffPrincipal(StaffAccount account) {
		this.accountId = account.getId();
		this.username = account.getUsername();
		this.authorities = List.of(new SimpleGrantedAuthority(account.getRole().authority()));
		this.enabled = account.isEnabled();
		this.passwordHash = account.getPasswordHash();
	}

	String accountId() {
		return this.accountId;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return this.authorities;
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public String toString() {
		return "StaffPrincipal[" + this.accountId + "]";
	}

}
