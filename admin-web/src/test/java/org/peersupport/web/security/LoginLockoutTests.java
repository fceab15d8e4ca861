package org.peersupport.web.security;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peersupport.web.PanelProperties;
import org.peersupport.web.support.MongoTemplates;
import org.peersupport.web.support.MutableClock;

import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class LoginLockoutTests {

	private final MongoTemplates mongo = new MongoTemplates();

	private final MongoTemplate template = this.mongo.template();

	private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));

	private final LoginLockout lockout = new LoginLockout(this.template, new PanelProperties(Duration.ofMinutes(30),
			ZoneOffset.UTC, new PanelProperties.Lockout(5, Duration.ofMinutes(15)), false), this.clock);

	@AfterEach
	void tearDown() {
		this.mongo.close();
	}

	@Test
	void theFifthAttemptIsTheLastCheckedAndLocksTheNameForFifteenMinutes() {
		assertThat(claims("some-mod", 4)).containsOnly(true);
		assertThat(this.lockout.isLocked("some-mod")).isFalse();

		assertThat(this.lockout.claimAttempt("some-mod")).isTrue();
		assertThat(this.lockout.isLocked("some-mod")).isTrue();
		assertThat(this.lockout.claimAttempt("some-mod")).isFalse();

		this.clock.advance(Duration.ofMinutes(14));
		assertThat(this.lockout.claimAttempt("some-mod")).isFalse();
		this.clock.advance(Duration.ofMinutes(1));
		assertThat(this.lockout.isLocked("some-mod")).isFalse();
		assertThat(claims("some-mod", 5)).containsOnly(true);
		assertThat(this.lockout.claimAttempt("some-mod")).isFalse();
	}

	@Test
	void aSuccessfulSignInForgetsEarlierAttempts() {
		claims("some-mod", 4);
		this.lockout.clear("some-mod");

		assertThat(claims("some-mod", 5)).containsOnly(true);
	}

	@Test
	void attemptsOfAnEndedWindowAreForgotten() {
		claims("some-mod", 4);
		this.clock.advance(Duration.ofMinutes(15));

		assertThat(claims("some-mod", 5)).containsOnly(true);
		assertThat(this.lockout.claimAttempt("some-mod")).isFalse();
	}

	@Test
	void fortyAttemptsAtOnceGetExactlyFiveChecks() throws Exception {
		int threads = 40;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<Boolean>> claimed = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				Callable<Boolean> claim = () -> {
					start.await();
					return this.lockout.claimAttempt("some-mod");
				};
				claimed.add(pool.submit(claim));
			}
			start.countDown();
			int admitted = 0;
			for (Future<Boolean> claim : claimed) {
				admitted += claim.get() ? 1 : 0;
			}
			assertThat(admitted).isEqualTo(5);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.lockout.isLocked("some-mod")).isTrue();
	}

	@Test
	void namesAreKeptAsHashesNotAsTheTypedText() {
		claims("my-secret-password", 5);

		assertThat(this.lockout.isLocked("my-secret-password")).isTrue();
		assertThat(this.template.getCollection("login_locks").find().into(new ArrayList<>())).singleElement()
			.satisfies((stored) -> assertThat(stored.toJson()).doesNotContain("secret"));
	}

	@Test
	void purgingForgetsEndedWindowsAndLocksAndDocumentsOfTheOldSchema() {
		this.template.getCollection("login_locks")
			.insertOne(new Document("_id", "old-mod").append("failures", 3).append("schemaVersion", 1));
		claims("locked-mod", 5);
		this.clock.advance(Duration.ofMinutes(10));
		claims("recent-mod", 1);
		this.clock.advance(Duration.ofMinutes(5));

		assertThat(this.lockout.purgeEnded()).isEqualTo(2);
		assertThat(this.template.getCollection("login_locks").countDocuments()).isOne();
		assertThat(claims("recent-mod", 4)).containsOnly(true);
		assertThat(this.lockout.claimAttempt("recent-mod")).isFalse();
	}

	private List<Boolean> claims(String username, int times) {
		List<Boolean> admitted = new ArrayList<>();
		for (int i = 0; i < times; i++) {
			admitted.add(this.lockout.claimAttempt(username));
		}
		return admitted;
	}

}
