package org.peersupport.messaging;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;

/**
 * Handles stored updates: one at a time per chat, in update order, chats in parallel. An
 * update is marked done only after the router has stored its effects and replies;
 * unfinished updates are handled again at start.
 */
public class InboxWorker implements SmartLifecycle {

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

	public InboxWorker(Inbox inbox, Router router, Outbox outbox, Lanes<Long> lanes, MeterRegistry meters) {
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
			int resumed = 0;
			for (InboxEntry entry : this.inbox.pending()) {
				if (entry.event() != null) {
					resume(entry.event());
					resumed++;
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

	/** Queues a newly stored event for handling. */
	void submit(InboundEvent event) {
		enqueue(event, false);
	}

	/**
	 * Queues an event found pending in the store (a repeat whose first delivery may still
	 * be on its way, or one left from before a stop). It is checked again in its lane,
	 * right before handling, so that an update handled in the meantime is not handled a
	 * second time.
	 */
	void resume(InboundEvent event) {
		enqueue(event, true);
	}

	private void enqueue(InboundEvent event, boolean checkStillPending) {
		if (!this.inFlight.add(event.updateId())) {
			return;
		}
		int[] storeFailures = new int[1];
		this.lanes.submit(event.chatId(), () -> {
			if (checkStillPending && !this.inbox.isPending(event.updateId())) {
				this.inFlight.remove(event.updateId());
				return null;
			}
			Duration again = handle(event, storeFailures);
			if (again == null) {
				this.inFlight.remove(event.updateId());
			}
			return again;
		});
	}

	private Duration handle(InboundEvent event, int[] storeFailures) {
		if (!this.running.get()) {
			return null;
		}
		try {
			this.handling.record(() -> this.router.route(event, this.outbox.repliesTo(event)));
			this.doneMarks.write(event.updateId());
			this.handled.increment();
			return null;
		}
		catch (DataAccessResourceFailureException | TransientDataAccessException ex) {
			storeFailures[0]++;
			Duration wait = this.storeBackoff.delay(storeFailures[0]);
			log.warn("Store unavailable while handling update {} (try {}); retrying in {} ms", event.updateId(),
					storeFailures[0], wait.toMillis());
			return wait;
		}
		catch (RuntimeException ex) {
			return handleFailure(event, ex);
		}
	}

	private Duration handleFailure(InboundEvent event, RuntimeException ex) {
		log.error("Handling update {} ({}) failed", event.updateId(), event.kind(), ex);
		int attempts = this.inbox.recordFailedAttempt(event.updateId());
		if (attempts < MAX_HANDLER_ATTEMPTS) {
			return Duration.ofMillis(500L * attempts);
		}
		this.router.apologize(event, this.outbox.apologyTo(event));
		this.inbox.markDone(event.updateId());
		this.failed.increment();
		return null;
	}

}
