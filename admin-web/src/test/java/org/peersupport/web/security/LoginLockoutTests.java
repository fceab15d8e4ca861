package org.peersupport.web.security;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peersupport.web.PanelProperties;
import org.peersupport.web.support.MongoTemplates;
import org.peersupport.web.support.MutableClock;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.repository.support.MongoRepositoryFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.authentication.BadCredentialsException;

import static org.assertj.core.api.Assertions.assertThat;

class LoginLockoutTests {

	private final MongoTemplates mongo = new MongoTemplates();

	private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));

	private LoginLockout lockout;

	@BeforeEach
	void setUp() {
		MongoTemplate template = this.mongo.template();
		StaffAccountRepository accounts = new MongoRepositoryFactory(template)
			.getRepository(StaffAccountRepository.class);
		accounts.insert(StaffAccount.create("some-mod", "{noop}x", PanelRole.MODERATOR, Locale.ENGLISH, ZoneOffset.UTC,
				this.clock.instant()));
		PanelProperties properties = new PanelProperties(Duration.ofMinutes(30), ZoneOffset.UTC,
				new PanelProperties.Lockout(5, Duration.ofMinutes(15)));
		this.lockout = new LoginLockout(template, accounts, properties, this.clock);
	}

	@AfterEach
	void tearDown() {
		this.mongo.close();
	}

	@Test
	void fifthWrongPasswordInARowLocksTheAccountForFifteenMinutes() {
		failLogins("some-mod", 4);
		assertThat(this.lockout.isLocked("some-mod")).isFalse();

		failLogins("some-mod", 1);
		assertThat(this.lockout.isLocked("some-mod")).isTrue();

		this.clock.advance(Duration.ofMinutes(14));
		assertThat(this.lockout.isLocked("some-mod")).isTrue();
		this.clock.advance(Duration.ofMinutes(1));
		assertThat(this.lockout.isLocked("some-mod")).isFalse();
	}

	@Test
	void aSuccessfulLoginForgetsEarlierFailures() {
		failLogins("some-mod", 4);
		this.lockout.onLogin(new AuthenticationSuccessEvent(token("some-mod")));

		failLogins("some-mod", 4);

		assertThat(this.lockout.isLocked("some-mod")).isFalse();
	}

	@Test
	void unknownNamesAreNeitherCountedNorStored() {
		failLogins("nobody", 10);

		assertThat(this.lockout.isLocked("nobody")).isFalse();
		assertThat(this.mongo.template().getCollection("login_locks").countDocuments()).isZero();
	}

	private void failLogins(String username, int times) {
		for (int i = 0; i < times; i++) {
			this.lockout.onBadPassword(
					new AuthenticationFailureBadCredentialsEvent(token(username), new BadCredentialsException("bad")));
		}
	}

	private static UsernamePasswordAuthenticationToken token(String username) {
		return new UsernamePasswordAuthenticationToken(username, "x", AuthorityUtils.NO_AUTHORITIES);
	}

}
