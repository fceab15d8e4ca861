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
 * It never blocks: it says how long to wait. The global bucket is served by priority
 * ({@link GlobalBucket}), and a group keeps the last token of its burst for a crisis
 * alert.
 */
class RateLimiter {

	private final MessagingProperties.Rate rate;

	private final TimeMeter time;

	private final Clock clock;

	private final GlobalBucket global;

	private final Cache<Long, Bucket> chats = Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(10)).build();

	private final Map<Long, Instant> penalties = new ConcurrentHashMap<>();

	public RateLimiter(MessagingProperties.Rate rate, Clock clock) {
		this(rate, clock, TimeMeter.SYSTEM_NANOTIME);
	}

	RateLimiter(MessagingProperties.Rate rate, Clock clock, TimeMeter time) {
		this.rate = rate;
		this.clock = clock;
		this.time = time;
		this.global = new GlobalBucket(bucket(rate.globalBurst(), rate.globalPerSecond(), Duration.ofSeconds(1)), time,
				rate.globalPerSecond());
	}

	/**
	 * Takes a permit for one interactive call that keeps no turn.
	 * @param chatId the chat, or null for calls only the global limit applies to
	 * @param group whether the chat is a group
	 * @return {@link Duration#ZERO} if the call may go now, otherwise how long to wait
	 * before asking again
	 */
	public Duration acquire(Long chatId, boolean group) {
		return acquire(null, chatId, group, SendPriority.INTERACTIVE);
	}

	/**
	 * Takes a permit for one call.
	 * @param caller who asks (an outbox entry id): it keeps its turn for the global
	 * bucket while it waits; null for none
	 * @param chatId the chat, or null for calls only the global limit applies to
	 * @param group whether the chat is a group
	 * @param priority the call's priority
	 * @return {@link Duration#ZERO} if the call may go now, otherwise how long to wait
	 * before asking again
	 */
	public Duration acquire(String caller, Long chatId, boolean group, SendPriority priority) {
		if (!this.rate.enabled()) {
			return Duration.ZERO;
		}
		Bucket chat = null;
		if (chatId != null) {
			Duration chatWait = penaltyLeft(chatId);
			if (chatWait.isZero()) {
				chat = chatBucket(chatId, group);
				chatWait = takeChatToken(chat, group, priority);
			}
			if (!chatWait.isZero()) {
				// Its turn for the global bucket would hold back those behind it.
				forget(caller);
				return chatWait;
			}
		}
		Duration wait = this.global.acquire(caller, priority);
		if (!wait.isZero() && chat != null) {
			chat.addTokens(1);
		}
		return wait;
	}

	/** Gives up a caller's turn: its call is done, or went another way. */
	public void forget(String caller) {
		if (caller != null) {
			this.global.forget(caller);
		}
	}

	private Bucket chatBucket(long chatId, boolean group) {
		return this.chats.get(chatId,
				(id) -> group ? bucket(this.rate.groupBurst(), this.rate.groupPerMinute(), Duration.ofMinutes(1))
						: bucket(this.rate.privateBurst(), this.rate.privatePerSecond(), Duration.ofSeconds(1)));
	}

	private Duration takeChatToken(Bucket chat, boolean group, SendPriority priority) {
		// A group's last token is left for a crisis alert: a group refills slowly (20 a
		// minute), and the moderators' chat gets other alerts too.
		long needed = (group && priority != SendPriority.CRISIS && this.rate.groupBurst() > 1) ? 2 : 1;
		if (needed > 1 && chat.getAvailableTokens() < needed) {
			return Duration.ofNanos(Math.max(1, chat.estimateAbilityToConsume(needed).getNanosToWaitForRefill()));
		}
		ConsumptionProbe probe = chat.tryConsumeAndReturnRemaining(1);
		return probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
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
