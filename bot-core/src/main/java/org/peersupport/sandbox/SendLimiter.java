package org.peersupport.sandbox;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Telegram's flood limits: a global bucket and one bucket per chat. Remembers the
 * retry_after deadline of each 429 so that calls arriving before it are counted as early
 * retries.
 */
final class SendLimiter {

	private static final long NANOS_PER_SECOND = 1_000_000_000L;

	private final Clock clock;

	private final EmulatorStats stats;

	private final ConcurrentHashMap<Long, TokenBucket> chatBuckets = new ConcurrentHashMap<>();

	private final ConcurrentHashMap<Long, Long> retryDeadlines = new ConcurrentHashMap<>();

	private volatile EmulatorLimits limits;

	private volatile TokenBucket global;

	SendLimiter(EmulatorLimits limits, Clock clock, EmulatorStats stats) {
		this.clock = clock;
		this.stats = stats;
		limits(limits);
	}

	void limits(EmulatorLimits newLimits) {
		this.limits = newLimits;
		this.global = new TokenBucket(Math.max(1, newLimits.globalPerSecond()), newLimits.globalPerSecond(), now());
		this.chatBuckets.clear();
	}

	EmulatorLimits limits() {
		return this.limits;
	}

	/**
	 * Count the call as an early retry if it comes before a 429's deadline for its chat.
	 */
	void noteCall(long chatId) {
		Long deadline = this.retryDeadlines.get(chatId);
		if (deadline != null && now() - deadline < 0) {
			this.stats.countEarlyRetry();
		}
	}

	/**
	 * Take a token for a call to the chat.
	 * @throws BotApiError 429 with retry_after when over a limit
	 */
	void acquire(long chatId) {
		EmulatorLimits current = this.limits;
		if (!current.enabled()) {
			return;
		}
		long now = now();
		TokenBucket chat = this.chatBuckets.computeIfAbsent(chatId, (id) -> bucketFor(id, current, now));
		long wait = chat.tryTake(now);
		if (wait == 0) {
			wait = this.global.tryTake(now);
			if (wait != 0) {
				chat.giveBack();
			}
		}
		if (wait != 0) {
			int retryAfter = (int) Math.max(1, (wait + NANOS_PER_SECOND - 1) / NANOS_PER_SECOND);
			throw tooManyRequests(chatId, retryAfter);
		}
	}

	/** Record a 429 answered for the chat and build it. */
	BotApiError tooManyRequests(long chatId, int retryAfter) {
		recordDeadline(chatId, retryAfter);
		return BotApiError.tooManyRequests(retryAfter);
	}

	void recordDeadline(long chatId, int retryAfterSeconds) {
		long deadline = now() + retryAfterSeconds * NANOS_PER_SECOND;
		this.retryDeadlines.put(chatId, deadline);
		this.stats.countTooManyRequests(chatId, retryAfterSeconds,
				Instant.ofEpochSecond(deadline / NANOS_PER_SECOND, deadline % NANOS_PER_SECOND));
	}

	void reset() {
		this.chatBuckets.clear();
		this.retryDeadlines.clear();
	}

	private static TokenBucket bucketFor(long chatId, EmulatorLimits limits, long now) {
		if (chatId < 0) {
			return new TokenBucket(limits.groupPerMinute(), limits.groupPerMinute() / 60d, now);
		}
		return new TokenBucket(limits.privateChatBurst(), limits.privateChatPerSecond(), now);
	}

	private long now() {
		Instant instant = this.clock.instant();
		return instant.getEpochSecond() * NANOS_PER_SECOND + instant.getNano();
	}

}
