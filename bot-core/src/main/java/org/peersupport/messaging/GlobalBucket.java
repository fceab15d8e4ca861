package org.peersupport.messaging;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;

/**
 * The global token bucket, served in turns: a call waits behind every waiting call of a
 * higher priority and, within its own, behind those that came before it, so a crisis
 * alert never loses the next token to a bulk send that asked first. Each caller is told
 * to come back when its turn's token will be there, so a thousand waiting calls do not
 * all ask again for each token. A waiter that does not come back in time loses its turn.
 */
final class GlobalBucket {

	/** How long after the time it was given a waiter keeps its turn. */
	static final Duration PATIENCE = Duration.ofSeconds(1);

	private final Bucket bucket;

	private final TimeMeter time;

	private final long nanosPerToken;

	private final Map<SendPriority, LinkedHashMap<String, Long>> waiting = new EnumMap<>(SendPriority.class);

	GlobalBucket(Bucket bucket, TimeMeter time, int tokensPerSecond) {
		this.bucket = bucket;
		this.time = time;
		this.nanosPerToken = Duration.ofSeconds(1).toNanos() / Math.max(1, tokensPerSecond);
		for (SendPriority priority : SendPriority.values()) {
			this.waiting.put(priority, new LinkedHashMap<>());
		}
	}

	/**
	 * Takes a token if it is this caller's turn.
	 * @param waiter who asks (an outbox entry id), or null for a caller that keeps no
	 * turn (it goes behind every waiter of its priority)
	 * @return {@link Duration#ZERO} if the token is taken, otherwise when to ask again
	 */
	synchronized Duration acquire(String waiter, SendPriority priority) {
		long now = this.time.currentTimeNanos();
		long ahead = 0;
		for (SendPriority other : SendPriority.values()) {
			LinkedHashMap<String, Long> queue = this.waiting.get(other);
			dropLate(queue, now);
			if (other.rank() < priority.rank()) {
				ahead += queue.size();
			}
			else if (other == priority) {
				ahead += turn(queue, waiter);
			}
		}
		long available = Math.max(0, this.bucket.getAvailableTokens());
		if (ahead < available && this.bucket.tryConsume(1)) {
			if (waiter != null) {
				this.waiting.get(priority).remove(waiter);
			}
			return Duration.ZERO;
		}
		// Until the bucket holds a token for each caller ahead and one for this one.
		long nanos = (available == 0) ? Math.max(1, this.bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill())
				+ ahead * this.nanosPerToken : (ahead + 1 - available) * this.nanosPerToken;
		Duration wait = Duration.ofNanos(nanos);
		if (waiter != null) {
			// An existing waiter keeps its place in the map's order.
			this.waiting.get(priority).put(waiter, now + wait.toNanos() + PATIENCE.toNanos());
		}
		return wait;
	}

	/** Gives up a waiter's turn (its call went another way). */
	synchronized void forget(String waiter) {
		for (LinkedHashMap<String, Long> queue : this.waiting.values()) {
			queue.remove(waiter);
		}
	}

	private static long turn(LinkedHashMap<String, Long> queue, String waiter) {
		if (waiter == null) {
			return queue.size();
		}
		long position = 0;
		for (String other : queue.keySet()) {
			if (other.equals(waiter)) {
				return position;
			}
			position++;
		}
		return position;
	}

	private static void dropLate(LinkedHashMap<String, Long> queue, long now) {
		Iterator<Long> deadlines = queue.values().iterator();
		while (deadlines.hasNext()) {
			if (deadlines.next() - now < 0) {
				deadlines.remove();
			}
		}
	}

}
