package org.peersupport.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

import io.github.bucket4j.TimeMeter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimiterTests {

	private final AtomicLong nanos = new AtomicLong();

	private final TimeMeter time = new TimeMeter() {

		@Override
		public long currentTimeNanos() {
			return RateLimiterTests.this.nanos.get();
		}

		@Override
		public boolean isWallClockBased() {
			return false;
		}

	};

	private final MessagingProperties.Rate rate = new MessagingProperties.Rate(true, 30, 30, 1, 3, 20, 3);

	@Test
	void aPrivateChatGetsABurstOfThreeThenOnePerSecond() {
		RateLimiter limiter = new RateLimiter(this.rate, Clock.systemUTC(), this.time);
		assertThat(limiter.acquire(1L, false)).isZero();
		assertThat(limiter.acquire(1L, false)).isZero();
		assertThat(limiter.acquire(1L, false)).isZero();
		Duration wait = limiter.acquire(1L, false);
		assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(1));
		this.nanos.addAndGet(wait.toNanos());
		assertThat(limiter.acquire(1L, false)).isZero();
		assertThat(limiter.acquire(2L, false)).as("another chat has its own bucket").isZero();
	}

	@Test
	void aGroupGetsTwentyMessagesAMinuteAndKeepsTheLastTokenOfItsBurstForACrisisAlert() {
		RateLimiter limiter = new RateLimiter(this.rate, Clock.systemUTC(), this.time);
		for (int i = 0; i < 2; i++) {
			assertThat(limiter.acquire(-100L, true)).isZero();
		}
		assertThat(limiter.acquire(-100L, true)).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(3));
		assertThat(limiter.acquire("alert", -100L, true, SendPriority.CRISIS)).isZero();
		assertThat(limiter.acquire("alert-2", -100L, true, SendPriority.CRISIS)).isBetween(Duration.ofSeconds(2),
				Duration.ofSeconds(3));
	}

	@Test
	void aCrisisCallTakesTheNextGlobalTokenBeforeBulkCallsThatWaitedLonger() {
		RateLimiter limiter = new RateLimiter(new MessagingProperties.Rate(true, 30, 30, 1, 1, 20, 3),
				Clock.systemUTC(), this.time);
		for (long chat = 1; chat <= 30; chat++) {
			assertThat(limiter.acquire(chat, false)).isZero();
		}
		Duration firstBulk = limiter.acquire("bulk-1", 101L, false, SendPriority.BULK);
		Duration lastBulk = Duration.ZERO;
		for (int i = 2; i <= 20; i++) {
			lastBulk = limiter.acquire("bulk-" + i, 100L + i, false, SendPriority.BULK);
		}
		assertThat(lastBulk).as("each waiter is told when its turn comes, not all the same moment")
			.isGreaterThan(firstBulk.multipliedBy(10));
		Duration crisis = limiter.acquire("crisis", 200L, false, SendPriority.CRISIS);
		assertThat(crisis).isPositive().isLessThanOrEqualTo(Duration.ofMillis(34));

		this.nanos.addAndGet(crisis.plusMillis(1).toNanos());
		assertThat(limiter.acquire("bulk-1", 101L, false, SendPriority.BULK)).as("the crisis call is ahead")
			.isPositive();
		assertThat(limiter.acquire("crisis", 200L, false, SendPriority.CRISIS)).isZero();
		this.nanos.addAndGet(Duration.ofMillis(34).toNanos());
		assertThat(limiter.acquire("bulk-2", 102L, false, SendPriority.BULK)).as("bulk-1 is ahead").isPositive();
		assertThat(limiter.acquire("bulk-1", 101L, false, SendPriority.BULK)).isZero();
	}

	@Test
	void aWaiterThatDoesNotComeBackLosesItsTurn() {
		RateLimiter limiter = new RateLimiter(new MessagingProperties.Rate(true, 30, 1, 1, 1, 20, 3), Clock.systemUTC(),
				this.time);
		assertThat(limiter.acquire(1L, false)).isZero();
		Duration wait = limiter.acquire("gone", 2L, false, SendPriority.CRISIS);
		assertThat(limiter.acquire("here", 3L, false, SendPriority.BULK)).isPositive();
		this.nanos.addAndGet(wait.plus(GlobalBucket.PATIENCE).plusMillis(1).toNanos());
		assertThat(limiter.acquire("here", 3L, false, SendPriority.BULK)).isZero();
	}

	@Test
	void theGlobalLimitHoldsAcrossChatsAndGivesBackTheChatToken() {
		RateLimiter limiter = new RateLimiter(new MessagingProperties.Rate(true, 30, 30, 1, 1, 20, 3),
				Clock.systemUTC(), this.time);
		for (long chat = 1; chat <= 30; chat++) {
			assertThat(limiter.acquire(chat, false)).isZero();
		}
		assertThat(limiter.acquire(31L, false)).isPositive();
		this.nanos.addAndGet(Duration.ofMillis(40).toNanos());
		assertThat(limiter.acquire(31L, false)).as("chat 31's token was returned when the global bucket said no")
			.isZero();
	}

	@Test
	void retryAfterHoldsTheChatBackForTheWholeWait() {
		Instant start = Instant.parse("2026-11-23T10:00:00Z");
		MutableClock clock = new MutableClock(start);
		RateLimiter limiter = new RateLimiter(this.rate, clock, this.time);
		limiter.penalize(5L, Duration.ofSeconds(2));
		assertThat(limiter.acquire(5L, false)).isEqualTo(Duration.ofSeconds(2));
		clock.now = start.plusMillis(1500);
		assertThat(limiter.acquire(5L, false)).isEqualTo(Duration.ofMillis(500));
		clock.now = start.plusSeconds(2);
		assertThat(limiter.acquire(5L, false)).isZero();
	}

	@Test
	void disabledLimitsNeverWait() {
		RateLimiter limiter = new RateLimiter(new MessagingProperties.Rate(false, 1, 1, 1, 1, 1, 1), Clock.systemUTC(),
				this.time);
		for (int i = 0; i < 100; i++) {
			assertThat(limiter.acquire(1L, false)).isZero();
		}
	}

	static final class MutableClock extends Clock {

		Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
