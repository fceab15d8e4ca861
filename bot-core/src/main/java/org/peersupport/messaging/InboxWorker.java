package org.peersupport.messaging;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;

/**
 * Handles stored updates: one at a time per chat, in update order, chats in parallel. An
 * update is marked done only after the router has stored its effects and replies;
 * unfinished updates are handled again at start.
 */
class InboxWorker implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(InboxWorker.class);

	private static final int MAX_HANDLER_ATTEMPTS = 3;

	private final Inbox inbox;

	private final Router router;

	private final Outbox outbox;

	private final Lanes<Long> lanes;

	private final GroupedWrites<Long> doneMarks;

	private final Backoff storeBackoff = new Backoff(Duration.ofMillis(200), Duration.ofSeconds(10));

	private final Timer handling;

	private final Counter handled;

	private final Counter failed;

	private final AtomicBoolean running = new AtomicBoolean();

	private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();

	/** With other instances: the chats' turns, else null. */
	private final ChatTurns turns;

	/** With other instances: chats woken whose drain has not started yet. */
	private final Set<Long> woken = ConcurrentHashMap.newKeySet();

	/** With other instances: chats whose turn this instance holds. */
	private final Set<Long> held = ConcurrentHashMap.newKeySet();

	private final ScheduledExecutorService scheduler;

	private final Duration sweepInterval;

	private volatile ScheduledFuture<?> sweeps;

	InboxWorker(Inbox inbox, Router router, Outbox outbox, Lanes<Long> lanes, MeterRegistry meters) {
		this(inbox, router, outbox, lanes, meters, null, null, null);
	}

	/**
	 * A worker that shares the store with other instances when {@code turns} is given: a
	 * chat's stored updates are handled by the instance that holds the chat's turn, in
	 * the order they were stored, whichever instance stored them.
	 */
	InboxWorker(Inbox inbox, Router router, Outbox outbox, Lanes<Long> lanes, MeterRegistry meters, ChatTurns turns,
			ScheduledExecutorService scheduler, Duration sweepInterval) {
		this.turns = turns;
		this.scheduler = scheduler;
		this.sweepInterval = sweepInterval;
		this.inbox = inbox;
		this.router = router;
		this.outbox = outbox;
		this.lanes = lanes;
		this.doneMarks = new GroupedWrites<>(inbox::markDone);
		this.handling = Timer.builder("peer.updates.handling")
			.description("Time to handle one update")
			.publishPercentiles(0.5, 0.99)
			.register(meters);
		this.handled = Counter.builder("peer.updates.handled").tag("result", "ok").register(meters);
		this.failed = Counter.builder("peer.updates.handled").tag("result", "failed").register(meters);
	}

	@Override
	public void start() {
		if (this.running.compareAndSet(false, true)) {
			this.inbox.attach(this);
			if (this.turns != null) {
				sweep();
				long every = this.sweepInterval.toMillis();
				this.sweeps = this.scheduler.scheduleWithFixedDelay(this::sweepSafely, every, every,
						TimeUnit.MILLISECONDS);
				return;
			}
			int resumed = 0;
			for (InboxEntry entry : this.inbox.pending()) {
				if (entry.event() != null) {
					resume(entry.updateId(), entry.chatId());
					resumed++;
				}
				else {
					// Its payload was erased (by code before erasure marked such updates
					// done): there is nothing left to handle.
					this.inbox.markDone(entry.updateId());
				}
			}
			if (resumed > 0) {
				log.info("Resuming {} stored updates that were not handled before the last stop", resumed);
			}
		}
	}

	@Override
	public void stop() {
		this.running.set(false);
		ScheduledFuture<?> task = this.sweeps;
		if (task != null) {
			task.cancel(false);
		}
		if (this.turns != null) {
			// The other instances take these chats over at once, not after the lease.
			for (Long chatId : List.copyOf(this.held)) {
				releaseTurn(chatId);
			}
		}
	}

	/**
	 * With other instances: wakes every chat with updates waiting (stored by an instance
	 * that stopped or crashed, or whose wake-up was missed); a chat whose turn another
	 * instance holds is left to it.
	 */
	void sweep() {
		if (this.turns == null || !this.running.get()) {
			return;
		}
		Set<Long> chats = new LinkedHashSet<>();
		for (InboxEntry entry : this.inbox.pending()) {
			chats.add(entry.chatId());
		}
		chats.forEach(this::wake);
	}

	private void sweepSafely() {
		try {
			sweep();
		}
		catch (DataAccessException ex) {
			log.warn("Inbox sweep failed: store unavailable ({})", ex.getClass().getSimpleName());
		}
	}

	@Override
	public boolean isRunning() {
		return this.running.get();
	}

	@Override
	public int getPhase() {
		// Start after the outbox sender (so replies flow) and stop before it.
		return Integer.MAX_VALUE - 200;
	}

	/** Queues a newly stored event (as stored, with its receipt) for handling. */
	void submit(InboundEvent event) {
		if (this.turns != null) {
			wake(event.chatId());
			return;
		}
		if (this.inFlight.add(event.updateId())) {
			Attempts attempts = new Attempts();
			this.lanes.submitAsync(event.chatId(), () -> finish(event.updateId(), handle(event, attempts)));
		}
	}

	/**
	 * Queues an update found pending in the store (a repeat whose first delivery may
	 * still be on its way, or one left from before a stop). Right before handling, its
	 * lane reads it again: an update handled in the meantime is not handled a second
	 * time, and the one that is handled is the stored event, with the receipt of its
	 * first delivery.
	 */
	void resume(long updateId, long chatId) {
		if (this.turns != null) {
			wake(chatId);
			return;
		}
		if (!this.inFlight.add(updateId)) {
			return;
		}
		Attempts attempts = new Attempts();
		this.lanes.submitAsync(chatId, () -> {
			InboundEvent stored = this.inbox.pendingEvent(updateId);
			if (stored == null || stored.chatId() != chatId) {
				// Handled already; or, for a reused id, another chat's update, queued in
				// its own lane.
				this.inFlight.remove(updateId);
				return CompletableFuture.completedFuture(null);
			}
			return finish(updateId, handle(stored, attempts));
		});
	}

	/**
	 * Queues a drain of the chat's stored updates (unless one is queued and not started:
	 * it will read what was stored before this call).
	 */
	private void wake(long chatId) {
		if (this.woken.add(chatId)) {
			ChatDrain drain = new ChatDrain(chatId);
			this.lanes.submitAsync(chatId, drain::step);
		}
	}

	private void releaseTurn(long chatId) {
		if (this.held.remove(chatId)) {
			try {
				this.turns.release(chatId);
			}
			catch (DataAccessException ex) {
				log.warn("Could not give up the turn of a chat ({}); it ends with its lease",
						ex.getClass().getSimpleName());
			}
		}
	}

	private CompletableFuture<Duration> finish(long updateId, CompletableFuture<Duration> outcome) {
		return outcome.thenApply((again) -> {
			if (again == null) {
				this.inFlight.remove(updateId);
			}
			return again;
		});
	}

	/**
	 * Handles the event (its replies are stored as the handler makes them) and leaves its
	 * done mark to be written with those of other updates; the result completes once the
	 * mark is stored (the chat's next update waits for that, the thread does not).
	 */
	private CompletableFuture<Duration> handle(InboundEvent event, Attempts attempts) {
		if (!this.running.get()) {
			return CompletableFuture.completedFuture(null);
		}
		RuntimeException failedWrite = attempts.failedWrite;
		if (failedWrite != null) {
			attempts.failedWrite = null;
			return CompletableFuture.completedFuture(handleFailure(event, failedWrite));
		}
		Replies replies = this.outbox.repliesTo(event);
		long started = System.nanoTime();
		try {
			this.router.route(event, replies);
		}
		catch (DataAccessResourceFailureException | TransientDataAccessException ex) {
			return CompletableFuture.completedFuture(storeUnavailable(event, attempts));
		}
		catch (RuntimeException ex) {
			return CompletableFuture.completedFuture(handleFailure(event, ex));
		}
		finally {
			this.handling.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
		}
		return this.doneMarks.submit(event.updateId()).handle((stored, ex) -> afterWrite(event, attempts, ex));
	}

	private Duration afterWrite(InboundEvent event, Attempts attempts, Throwable ex) {
		if (ex == null) {
			this.handled.increment();
			return null;
		}
		Throwable cause = (ex instanceof CompletionException && ex.getCause() != null) ? ex.getCause() : ex;
		if (cause instanceof DataAccessResourceFailureException || cause instanceof TransientDataAccessException) {
			return storeUnavailable(event, attempts);
		}
		if (cause instanceof RuntimeException failure) {
			// Counted as a failed attempt by the lane's next run, not on the thread that
			// made the write.
			attempts.failedWrite = failure;
			return Duration.ofMillis(1);
		}
		throw new CompletionException(cause);
	}

	private Duration storeUnavailable(InboundEvent event, Attempts attempts) {
		attempts.storeFailures++;
		Duration wait = this.storeBackoff.delay(attempts.storeFailures);
		log.warn("Store unavailable while handling update {} (try {}); retrying in {} ms", event.updateId(),
				attempts.storeFailures, wait.toMillis());
		return wait;
	}

	private Duration handleFailure(InboundEvent event, RuntimeException ex) {
		// The exception's message may quote what the person wrote: its class only above
		// DEBUG.
		log.error("Handling update {} ({}) failed: {}", event.updateId(), event.kind(), ex.getClass().getName());
		log.debug("Handling update {} failed", event.updateId(), ex);
		int attempts = this.inbox.recordFailedAttempt(event.updateId());
		if (attempts < MAX_HANDLER_ATTEMPTS) {
			return Duration.ofMillis(500L * attempts);
		}
		this.router.apologize(event, this.outbox.apologyTo(event));
		this.inbox.markDone(event.updateId());
		this.failed.increment();
		return null;
	}

	/**
	 * With other instances: handles a chat's stored updates one at a time, lowest number
	 * first, while this instance holds the chat's turn; then gives the turn up and looks
	 * again, so that an update another instance stored while the turn was held here (its
	 * own claim failed) is never left waiting.
	 */
	private final class ChatDrain {

		private static final Duration NEXT = Duration.ofMillis(1);

		private final long chatId;

		private boolean started;

		private long renewedAt;

		private long current = Long.MIN_VALUE;

		private Attempts attempts = new Attempts();

		ChatDrain(long chatId) {
			this.chatId = chatId;
		}

		CompletionStage<Duration> step() {
			if (!this.started) {
				this.started = true;
				// A wake after this point queues another drain, which reads what it
				// stored.
				InboxWorker.this.woken.remove(this.chatId);
			}
			if (!InboxWorker.this.running.get()) {
				releaseTurn(this.chatId);
				return CompletableFuture.completedFuture(null);
			}
			try {
				return next();
			}
			catch (DataAccessResourceFailureException | TransientDataAccessException ex) {
				this.attempts.storeFailures++;
				Duration wait = InboxWorker.this.storeBackoff.delay(this.attempts.storeFailures);
				log.warn("Store unavailable while taking a chat's turn (try {}); retrying in {} ms",
						this.attempts.storeFailures, wait.toMillis());
				return CompletableFuture.completedFuture(wait);
			}
		}

		private CompletionStage<Duration> next() {
			if (!holdsTurn()) {
				// Another instance handles the chat, and finds what was stored here.
				return CompletableFuture.completedFuture(null);
			}
			InboxEntry entry = InboxWorker.this.inbox.nextPending(this.chatId);
			if (entry == null) {
				releaseTurn(this.chatId);
				// Stored after the last look and before the release: claimed again.
				boolean more = InboxWorker.this.inbox.nextPending(this.chatId) != null;
				return CompletableFuture.completedFuture(more ? NEXT : null);
			}
			if (entry.event() == null) {
				InboxWorker.this.inbox.markDone(entry.updateId());
				return CompletableFuture.completedFuture(NEXT);
			}
			if (entry.updateId() != this.current) {
				this.current = entry.updateId();
				this.attempts = new Attempts();
			}
			return handle(entry.event(), this.attempts).thenApply((again) -> (again != null) ? again : NEXT);
		}

		/** Whether this instance holds the chat's turn, claimed or renewed as needed. */
		private boolean holdsTurn() {
			long now = System.nanoTime();
			if (!InboxWorker.this.held.contains(this.chatId)) {
				if (!InboxWorker.this.turns.claim(this.chatId)) {
					return false;
				}
				InboxWorker.this.held.add(this.chatId);
				this.renewedAt = now;
			}
			else if (now - this.renewedAt > ChatTurns.LEASE.toNanos() / 3) {
				if (!InboxWorker.this.turns.renew(this.chatId)) {
					InboxWorker.this.held.remove(this.chatId);
					return false;
				}
				this.renewedAt = now;
			}
			return true;
		}

	}

	/** What the retries of one queued update have met so far. */
	private static final class Attempts {

		private int storeFailures;

		private volatile RuntimeException failedWrite;

	}

}
