package org.peersupport.sandbox;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.Random;

/**
 * Fault injection for bot calls: random 5xx answers, delays, dropped connections and
 * one-shot scripted errors. A faulted call has no effect. Random choices use a seeded
 * {@link Random}.
 */
public final class EmulatorFaults {

	private Random random = new Random(1);

	private double serverErrorRate;

	private double dropConnectionRate;

	private boolean includeGetUpdates;

	private Duration delay = Duration.ZERO;

	private final Map<String, Queue<BotApiError>> scripted = new HashMap<>();

	EmulatorFaults() {
	}

	/**
	 * Answer this share of bot calls (except getUpdates unless included) with 502 or 500.
	 * @param rate share between 0 and 1
	 * @return this
	 */
	public synchronized EmulatorFaults serverErrorRate(double rate) {
		this.serverErrorRate = checkRate(rate);
		return this;
	}

	/**
	 * Whether getUpdates takes part in random server errors and drops.
	 * @param include true to include it
	 * @return this
	 */
	public synchronized EmulatorFaults includeGetUpdates(boolean include) {
		this.includeGetUpdates = include;
		return this;
	}

	/**
	 * Delay each bot call by this much before it is handled.
	 * @param value the delay
	 * @return this
	 */
	public synchronized EmulatorFaults delay(Duration value) {
		Objects.requireNonNull(value, "value");
		if (value.isNegative()) {
			throw new IllegalArgumentException("Delay must not be negative");
		}
		this.delay = value;
		return this;
	}

	/**
	 * Close the connection of this share of bot calls without an answer.
	 * @param rate share between 0 and 1
	 * @return this
	 */
	public synchronized EmulatorFaults dropConnectionRate(double rate) {
		this.dropConnectionRate = checkRate(rate);
		return this;
	}

	/**
	 * Answer the next call of a method with this error, once.
	 * @param method the method name (case-insensitive)
	 * @param code the HTTP status and error_code
	 * @param description the description
	 * @param retryAfter parameters.retry_after, or null
	 * @return this
	 */
	public synchronized EmulatorFaults failNext(String method, int code, String description, Integer retryAfter) {
		Objects.requireNonNull(method, "method");
		Objects.requireNonNull(description, "description");
		this.scripted.computeIfAbsent(method.toLowerCase(Locale.ROOT), (m) -> new ArrayDeque<>())
			.add(new BotApiError(code, description, retryAfter, null));
		return this;
	}

	/**
	 * Reseed the random source so that a run is repeatable.
	 * @param seed the seed
	 * @return this
	 */
	public synchronized EmulatorFaults seed(long seed) {
		this.random = new Random(seed);
		return this;
	}

	/**
	 * Apply settings received over the user API.
	 * @param settings the settings
	 * @return this
	 */
	public synchronized EmulatorFaults apply(FaultSettings settings) {
		serverErrorRate(settings.serverErrorRate());
		dropConnectionRate(settings.dropConnectionRate());
		delay(Duration.ofMillis(settings.delayMs()));
		includeGetUpdates(settings.includeGetUpdates());
		if (settings.seed() != null) {
			seed(settings.seed());
		}
		return this;
	}

	/**
	 * Remove every fault (the random source is kept).
	 * @return this
	 */
	public synchronized EmulatorFaults clear() {
		this.serverErrorRate = 0;
		this.dropConnectionRate = 0;
		this.includeGetUpdates = false;
		this.delay = Duration.ZERO;
		this.scripted.clear();
		return this;
	}

	synchronized Duration currentDelay() {
		return this.delay;
	}

	/**
	 * Decide the fate of one bot call.
	 * @param methodKey the lower-case method name
	 * @return the fault to apply, or {@link Fault#NONE}
	 */
	synchronized Fault decide(String methodKey) {
		Queue<BotApiError> queue = this.scripted.get(methodKey);
		if (queue != null && !queue.isEmpty()) {
			return new Fault(false, queue.poll(), true);
		}
		if (!this.includeGetUpdates && "getupdates".equals(methodKey)) {
			return Fault.NONE;
		}
		if (this.dropConnectionRate > 0 && this.random.nextDouble() < this.dropConnectionRate) {
			return new Fault(true, null, false);
		}
		if (this.serverErrorRate > 0 && this.random.nextDouble() < this.serverErrorRate) {
			boolean badGateway = this.random.nextBoolean();
			return new Fault(false, badGateway ? new BotApiError(502, "Bad Gateway", null, null)
					: new BotApiError(500, "Internal Server Error", null, null), false);
		}
		return Fault.NONE;
	}

	private static double checkRate(double rate) {
		if (rate < 0 || rate > 1 || Double.isNaN(rate)) {
			throw new IllegalArgumentException("Rate must be between 0 and 1: " + rate);
		}
		return rate;
	}

	/**
	 * What to do with one call: drop it, answer an error, or neither.
	 */
	record Fault(boolean drop, BotApiError error, boolean scripted) {

		static final Fault NONE = new Fault(false, null, false);

		boolean none() {
			return !this.drop && this.error == null;
		}

	}

}
