package org.peersupport.messaging;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs tasks one at a time per key (a chat), in submission order, and different keys in
 * parallel on a shared executor. A task may ask to be run again after a delay; the tasks
 * queued behind it wait, which keeps a chat's order across retries without blocking a
 * thread.
 *
 * @param <K> the ordering key
 */
public final class Lanes<K> {

	private static final Logger log = LoggerFactory.getLogger(Lanes.class);

	private final Map<K, Lane> lanes = new ConcurrentHashMap<>();

	private final Executor executor;

	private final ScheduledExecutorService scheduler;

	public Lanes(Executor executor, ScheduledExecutorService scheduler) {
		this.executor = executor;
		this.scheduler = scheduler;
	}

	/** Queues a task behind the key's earlier tasks. */
	public void submit(K key, LaneTask task) {
		submitAsync(key, () -> CompletableFuture.completedFuture(task.run()));
	}

	/**
	 * Queues a task that may finish later than it returns (it waits for a write that
	 * another thread makes): the lane's next task waits for it, but no thread does.
	 */
	public void submitAsync(K key, AsyncLaneTask task) {
		Object[] toStart = new Object[1];
		this.lanes.compute(key, (k, lane) -> {
			Lane target = (lane != null) ? lane : new Lane(k);
			target.queue.add(task);
			if (!target.running) {
				target.running = true;
				toStart[0] = target;
			}
			return target;
		});
		if (toStart[0] != null) {
			@SuppressWarnings("unchecked")
			Lane lane = (Lane) toStart[0];
			this.executor.execute(lane::drain);
		}
	}

	/** How many keys have queued or running work. */
	public int activeLanes() {
		return this.lanes.size();
	}

	/** A unit of work in a lane that may finish after it returns. */
	@FunctionalInterface
	public interface AsyncLaneTask {

		/**
		 * Runs the task.
		 * @return completes with null when the task is finished, or with how long to wait
		 * before running it again
		 */
		CompletionStage<Duration> run();

	}

	/** A unit of work in a lane. */
	@FunctionalInterface
	public interface LaneTask {

		/**
		 * Runs the task.
		 * @return null when the task is finished, or how long to wait before running it
		 * again
		 */
		Duration run();

	}

	private final class Lane {

		private final K key;

		private final Queue<AsyncLaneTask> queue = new ConcurrentLinkedQueue<>();

		private boolean running;

		Lane(K key) {
			this.key = key;
		}

		void drain() {
			while (true) {
				CompletableFuture<Duration> outcome = runSafely(this.queue.peek());
				if (!outcome.isDone()) {
					// The thread goes back to the pool; the lane goes on when the task
					// finishes.
					outcome.whenComplete((again, ex) -> afterLateFinish(again, ex));
					return;
				}
				Duration again = outcome.exceptionally(this::unexpected).join();
				if (again != null) {
					retryLater(again);
					return;
				}
				if (finishHead()) {
					return;
				}
			}
		}

		private void afterLateFinish(Duration again, Throwable ex) {
			Duration wait = (ex != null) ? unexpected(ex) : again;
			if (wait != null) {
				retryLater(wait);
			}
			else if (!finishHead()) {
				try {
					Lanes.this.executor.execute(this::drain);
				}
				catch (RejectedExecutionException rejected) {
					log.debug("Lane {} not continued: the executor has stopped", this.key);
				}
			}
		}

		private Duration unexpected(Throwable ex) {
			log.error("Lane task failed unexpectedly; skipping it", ex);
			return null;
		}

		private void retryLater(Duration again) {
			try {
				Lanes.this.scheduler.schedule(() -> Lanes.this.executor.execute(this::drain),
						Math.max(1, again.toMillis()), TimeUnit.MILLISECONDS);
			}
			catch (RejectedExecutionException ex) {
				// The application is stopping: the task's work is stored and is picked
				// up again at the next start.
				log.debug("Lane {} not rescheduled: the scheduler has stopped", this.key);
			}
		}

		/**
		 * Removes the finished task; returns true when the lane is empty and has been
		 * retired.
		 */
		private boolean finishHead() {
			boolean[] retired = new boolean[1];
			Lanes.this.lanes.compute(this.key, (k, lane) -> {
				this.queue.poll();
				if (this.queue.isEmpty()) {
					this.running = false;
					retired[0] = true;
					return null;
				}
				return this;
			});
			return retired[0];
		}

		private CompletableFuture<Duration> runSafely(AsyncLaneTask task) {
			try {
				return task.run().toCompletableFuture();
			}
			catch (RuntimeException ex) {
				// A task is expected to handle its own failures; this keeps the lane
				// alive if one does not.
				log.error("Lane task failed unexpectedly; skipping it", ex);
				return CompletableFuture.completedFuture(null);
			}
		}

	}

}
