package org.peersupport.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

/**
 * The one limiter every outgoing call passes: a global token bucket, one per private chat
 * and one per group, plus the waits Telegram itself asked for with {@code retry_after}.
 * It never blocks: it says how long to wait.
 */
public class RateLimiter {

	private final MessagingProperties.Rate rate;

	private final TimeMeter time;

	private final Clock clock;

	private final Bucket global;

	private final Cache<Long, Bucket> chats = Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(10)).build();

	private final Map<Long, Instant> penalties = new ConcurrentHashMap<>();

	public RateLimiter(MessagingProperties.Rate rate, Clock clock) {
		this(rate, clock, TimeMeter.SYSTEM_NANOTIME);
	}

	RateLimiter(MessagingProperties.Rate rate, Clock clock, TimeMeter time) {
		this.rate = rate;
		this.clock = clock;
		this.time = time;
		this.global = bucket(rate.globalBurst(), rate.globalPerSecond(), Duration.ofSeconds(1));
	}

	/**
	 * Takes a permit for one call.
	 * @param chatId the chat, or null for calls only the global limit applies to
	 * @param group whether the chat is a group
	 * @return {@link Duration#ZERO} if the call may go now, otherwise how long to wait
	 * before asking again
	 */
	public Duration acquire(Long chatId, boolean group) {
		if (!this.rate.enabled()) {
			return Duration.ZERO;
		}
		Bucket chat = null;
		if (chatId != null) {
			Duration penalty = penaltyLeft(chatId);
			if (!penalty.isZero()) {
				return penalty;
			}
			chat = this.chats.get(chatId,
					(id) -> group ? bucket(this.rate.groupBurst(), this.rate.groupPerMinute(), Duration.ofMinutes(1))
							: bucket(this.rate.privateBurst(), this.rate.privatePerSecond(), Duration.ofSeconds(1)));
			ConsumptionProbe probe = chat.tryConsumeAndReturnRemaining(1);
			if (!probe.isConsumed()) {
				return Duration.ofNanos(probe.getNanosToWaitForRefill());
			}
		}
		ConsumptionProbe probe = this.global.tryConsumeAndReturnRemaining(1);
		if (!probe.isConsumed()) {
			if (chat != null) {
				chat.addTokens(1);
			}
			return Duration.ofNanos(probe.getNanosToWaitForRefill());
		}
		return Duration.ZERO;
	}

	/** Holds a chat back for as long as Telegram asked with {@code retry_after}. */
	public void penalize(long chatId, Duration wait) {
		Instant until = this.clock.instant().plus(wait);
		this.penalties.merge(chatId, until, (a, b) -> a.isAfter(b) ? a : b);
	}

	private Duration penaltyLeft(long chatId) {
		Instant until = this.penalties.get(chatId);
		if (until == null) {
			return Duration.ZERO;
		}
		Duration left = Duration.between(this.clock.instant(), until);
		if (left.isNegative() || left.isZero()) {
			this.penalties.remove(chatId, until);
			return Duration.ZERO;
		}
		return left;
	}

	private Bucket bucket(int capacity, int tokens, Duration period) {
		return Bucket.builder()
			.addLimit((limit) -> limit.capacity(capacity).refillGreedy(tokens, period))
			.withCustomTimePrecision(this.time)
			.build();
	}

}
