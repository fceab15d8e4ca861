package org.peersupport.web.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Loads staff accounts for the login; the lockout is
 * {@link LockoutAuthenticationProvider}'s business.
 */
@Component
class StaffUserDetailsService implements UserDetailsService {

	private final StaffAccountRepository repository;

	StaffUserDetailsService(StaffAccountRepository repository) {
		this.repository = repository;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return this.repository.findByUsername(Usernames.normalize(username))
			.map(StaffPrincipal::new)
			.orElseThrow(() -> new UsernameNotFoundException("No such staff account"));
	}

}
