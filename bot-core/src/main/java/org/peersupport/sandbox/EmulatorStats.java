package org.peersupport.sandbox;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

/**
 * Counters of what the bot asked the emulator and what the emulator answered, for tests
 * and benchmarks.
 */
public final class EmulatorStats {

	/** How many issued 429s {@link #retryAftersIssued()} keeps. */
	public static final int KEPT_RETRY_AFTERS = 10_000;

	private final ConcurrentHashMap<String, LongAdder> requestsByMethod = new ConcurrentHashMap<>();

	private final LongAdder tooManyRequests = new LongAdder();

	private final LongAdder earlyRetries = new LongAdder();

	private final LongAdder serverErrors = new LongAdder();

	private final LongAdder droppedConnections = new LongAdder();

	private final LongAdder scriptedFailures = new LongAdder();

	private final LongAdder forgedPresses = new LongAdder();

	private final LongAdder sentMessages = new LongAdder();

	private final LongAdder webhookDeliveries = new LongAdder();

	private final LongAdder webhookFailures = new LongAdder();

	private final LongSupplier lastUpdateId;

	private final Deque<RetryAfterIssued> retryAfters = new ArrayDeque<>();

	EmulatorStats(LongSupplier lastUpdateId) {
		this.lastUpdateId = lastUpdateId;
	}

	/**
	 * How many bot calls of one method arrived (faulted ones included).
	 * @param method the method name as Telegram spells it, e.g. {@code sendMessage}
	 * @return the count
	 */
	public long requests(String method) {
		LongAdder adder = this.requestsByMethod.get(method);
		return (adder != null) ? adder.sum() : 0;
	}

	/**
	 * All bot calls that arrived with the right token.
	 * @return the count
	 */
	public long totalRequests() {
		return this.requestsByMethod.values().stream().mapToLong(LongAdder::sum).sum();
	}

	/**
	 * 429 answers issued, by the limits or scripted.
	 * @return the count
	 */
	public long tooManyRequests() {
		return this.tooManyRequests.sum();
	}

	/**
	 * Calls for a chat that arrived before the retry_after deadline of a 429 for that
	 * chat.
	 * @return the count
	 */
	public long earlyRetries() {
		return this.earlyRetries.sum();
	}

	/**
	 * The latest 429 answers (at most {@value #KEPT_RETRY_AFTERS}), oldest first: chat
	 * and the deadline the bot had to wait for.
	 * @return the 429s issued
	 */
	public List<RetryAfterIssued> retryAftersIssued() {
		synchronized (this.retryAfters) {
			return List.copyOf(this.retryAfters);
		}
	}

	/**
	 * Injected 5xx answers.
	 * @return the count
	 */
	public long serverErrors() {
		return this.serverErrors.sum();
	}

	/**
	 * Connections closed without an answer by fault injection.
	 * @return the count
	 */
	public long droppedConnections() {
		return this.droppedConnections.sum();
	}

	/**
	 * One-shot scripted errors answered.
	 * @return the count
	 */
	public long scriptedFailures() {
		return this.scriptedFailures.sum();
	}

	/**
	 * Button presses whose data no button of the pressed message carries.
	 * @return the count
	 */
	public long forgedPresses() {
		return this.forgedPresses.sum();
	}

	/**
	 * Messages the bot sent successfully.
	 * @return the count
	 */
	public long sentMessages() {
		return this.sentMessages.sum();
	}

	/**
	 * Updates the webhook receiver acknowledged.
	 * @return the count
	 */
	public long webhookDeliveries() {
		return this.webhookDeliveries.sum();
	}

	/**
	 * Failed webhook delivery attempts (each is retried).
	 * @return the count
	 */
	public long webhookFailures() {
		return this.webhookFailures.sum();
	}

	/**
	 * A consistent-enough copy of all counters.
	 * @return the snapshot
	 */
	public Snapshot snapshot() {
		Map<String, Long> byMethod = new TreeMap<>();
		this.requestsByMethod.forEach((method, adder) -> byMethod.put(method, adder.sum()));
		return new Snapshot(totalRequests(), byMethod, tooManyRequests(), earlyRetries(), serverErrors(),
				droppedConnections(), scriptedFailures(), forgedPresses(), sentMessages(), webhookDeliveries(),
				webhookFailures(), this.lastUpdateId.getAsLong());
	}

	void countRequest(String method) {
		this.requestsByMethod.computeIfAbsent(method, (m) -> new LongAdder()).increment();
	}

	void countTooManyRequests(long chatId, int retryAfter, Instant deadline) {
		this.tooManyRequests.increment();
		synchronized (this.retryAfters) {
			if (this.retryAfters.size() == KEPT_RETRY_AFTERS) {
				this.retryAfters.removeFirst();
			}
			this.retryAfters.addLast(new RetryAfterIssued(chatId, retryAfter, deadline));
		}
	}

	void countEarlyRetry() {
		this.earlyRetries.increment();
	}

	void countServerError() {
		this.serverErrors.increment();
	}

	void countDroppedConnection() {
		this.droppedConnections.increment();
	}

	void countScriptedFailure() {
		this.scriptedFailures.increment();
	}

	void countForgedPress() {
		this.forgedPresses.increment();
	}

	void countSentMessage() {
		this.sentMessages.increment();
	}

	void countWebhookDelivery() {
		this.webhookDeliveries.increment();
	}

	void countWebhookFailure() {
		this.webhookFailures.increment();
	}

	/**
	 * One 429 answer: the chat (0 when the call had none), retry_after and its deadline.
	 *
	 * @param chatId the chat the call was for
	 * @param retryAfter the retry_after in seconds
	 * @param deadline the earliest moment a retry is on time
	 */
	public record RetryAfterIssued(long chatId, int retryAfter, Instant deadline) {
	}

	/**
	 * The counters at one moment, as the user API answers them.
	 *
	 * @param totalRequests all bot calls
	 * @param requestsByMethod bot calls per method
	 * @param tooManyRequests 429 answers
	 * @param earlyRetries calls before a 429's deadline
	 * @param serverErrors injected 5xx answers
	 * @param droppedConnections dropped connections
	 * @param scriptedFailures one-shot scripted errors
	 * @param forgedPresses presses with data no button carries
	 * @param sentMessages messages the bot sent
	 * @param webhookDeliveries updates pushed to the webhook
	 * @param webhookFailures failed webhook attempts
	 * @param lastUpdateId the last update id issued
	 */
	public record Snapshot(long totalRequests, Map<String, Long> requestsByMethod, long tooManyRequests,
			long earlyRetries, long serverErrors, long droppedConnections, long scriptedFailures, long forgedPresses,
			long sentMessages, long webhookDeliveries, long webhookFailures, long lastUpdateId) {
	}

}
