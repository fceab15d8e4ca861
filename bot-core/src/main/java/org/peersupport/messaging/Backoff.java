package org.peersupport.messaging;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with jitter: doubles from {@code initial} up to {@code max}. The
 * one backoff of the update path (store retries, sends, polling, start-up calls).
 */
public record Backoff(Duration initial, Duration max) {

	/** The wait before attempt {@code failures + 1}, with up to 20% random jitter. */
	public Duration delay(int failures) {
		int exponent = Math.min(Math.max(failures - 1, 0), 20);
		long millis = Math.min(this.initial.toMillis() << exponent, this.max.toMillis());
		long jitter = (long) (millis * 0.2 * ThreadLocalRandom.current().nextDouble());
		return Duration.ofMillis(millis + jitter);
	}

}
