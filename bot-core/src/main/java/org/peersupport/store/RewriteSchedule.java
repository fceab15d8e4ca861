package org.peersupport.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * When the data file is rewritten: {@code rewrite-delay} after a removal (an erasure, a
 * retention run, any deleted document), and {@code rewrite-interval} after the last
 * rewrite if anything was written since (changed documents leave their old versions
 * behind too). A thread of its own looks once a second, by the injected clock.
 */
final class RewriteSchedule implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(RewriteSchedule.class);

	private static final Duration TICK = Duration.ofSeconds(1);

	private final RewritableBackend backend;

	private final Clock clock;

	private final Duration delay;

	private final Duration interval;

	private final AtomicLong rewrites = new AtomicLong();

	private final ScheduledExecutorService ticker;

	/** When a removal must be gone from the file; null when none is waiting. */
	private Instant removalDue;

	private Instant lastRewrite;

	RewriteSchedule(RewritableBackend backend, Clock clock, Duration delay, Duration interval) {
		this.backend = backend;
		this.clock = clock;
		this.delay = delay;
		this.interval = interval;
		this.lastRewrite = clock.instant();
		this.ticker = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "store-rewrite");
			thread.setDaemon(true);
			return thread;
		});
		this.ticker.scheduleWithFixedDelay(this::tick, TICK.toMillis(), TICK.toMillis(), TimeUnit.MILLISECONDS);
	}

	/** Something was removed: the file is rewritten within the delay. */
	synchronized void removed() {
		Instant due = this.clock.instant().plus(this.delay);
		if (this.removalDue == null || due.isBefore(this.removalDue)) {
			this.removalDue = due;
		}
	}

	/** How many rewrites have finished. */
	long rewrites() {
		return this.rewrites.get();
	}

	/** Rewrites the file if a removal or the interval is due. */
	void tick() {
		Instant now = this.clock.instant();
		synchronized (this) {
			boolean removalIsDue = this.removalDue != null && !now.isBefore(this.removalDue);
			boolean intervalIsDue = !now.isBefore(this.lastRewrite.plus(this.interval))
					&& this.backend.changedSinceRewrite();
			if (!removalIsDue && !intervalIsDue) {
				return;
			}
			// a removal while the file is copied is not in the copy: it sets a new time
			this.removalDue = null;
		}
		rewrite(now);
	}

	private void rewrite(Instant now) {
		try {
			long started = System.nanoTime();
			this.backend.rewrite();
			this.rewrites.incrementAndGet();
			logger.info("Rewrote the data file without removed data in "
					+ TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started) + " ms");
		}
		catch (RuntimeException ex) {
			logger.warn(
					"Could not rewrite the data file (" + ex.getClass().getName() + "); trying again in " + this.delay);
			logger.debug("Rewrite failed", ex);
			removed();
		}
		finally {
			synchronized (this) {
				this.lastRewrite = now;
			}
		}
	}

	@Override
	public void close() {
		this.ticker.shutdownNow();
		try {
			this.ticker.awaitTermination(1, TimeUnit.MINUTES);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
