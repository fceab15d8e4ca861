package org.peersupport.web.security;

import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The panel's password check (form login and the Actuator's HTTP Basic): claims an
 * attempt from the {@link LoginLockout} first, then checks the password. Every account
 * status (disabled, say) is checked only after the password, so a refusal takes the same
 * time whether the name belongs to an account or not.
 */
final class LockoutAuthenticationProvider implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwordCheck;

	private final LoginLockout lockout;

	LockoutAuthenticationProvider(UserDetailsService users, PasswordEncoder passwordEncoder, LoginLockout lockout) {
		this.passwordCheck = new DaoAuthenticationProvider(users);
		this.passwordCheck.setPasswordEncoder(passwordEncoder);
		this.passwordCheck.setPreAuthenticationChecks((user) -> {
		});
		this.passwordCheck.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
		this.lockout = lockout;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = Usernames.normalize(authentication.getName());
		if (!this.lockout.claimAttempt(username)) {
			throw new LockedException("Too many sign-in attempts for this name");
		}
		Authentication signedIn = this.passwordCheck.authenticate(authentication);
		this.lockout.clear(username);
		return signedIn;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
