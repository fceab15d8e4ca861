package org.peersupport.web.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads staff accounts for the login; a lockout shows as a locked account. */
@Component
class StaffUserDetailsService implements UserDetailsService {

	private final StaffAccountRepository repository;

	private final LoginLockout lockout;

	StaffUserDetailsService(StaffAccountRepository repository, LoginLockout lockout) {
		this.repository = repository;
		this.lockout = lockout;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return this.repository.findByUsername(Usernames.normalize(username))
			.map((account) -> new StaffPrincipal(account, this.lockout.isLocked(account.getUsername())))
			.orElseThrow(() -> new UsernameNotFoundException("No such staff account"));
	}

}
