package org.peersupport.messaging;

import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs tasks one at a time per key (a chat), in submission order within a rank (lower
 * ranks first), and different keys in parallel on a shared executor. A task may ask to be
 * run again after a delay; the tasks of its rank and below queued behind it wait, which
 * keeps a chat's order across retries without blocking a thread. A task of a better rank
 * submitted meanwhile goes first: the lane wakes for it at once.
 *
 * @param <K> the ordering key
 */
final class Lanes<K> {

	private static final Logger log = LoggerFactory.getLogger(Lanes.class);

	/** The rank of tasks submitted without one. */
	public static final int DEFAULT_RANK = 0;

	private static final Comparator<Queued> ORDER = Comparator.comparingInt(Queued::rank)
		.thenComparingLong(Queued::sequence);

	private final Map<K, Lane> lanes = new ConcurrentHashMap<>();

	private final AtomicLong sequence = new AtomicLong();

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
		submitAsync(key, DEFAULT_RANK, task);
	}

	/**
	 * Queues a task behind the key's earlier tasks of the same or a better (lower) rank,
	 * ahead of those of a worse rank. A task already running is never interrupted; one
	 * that waits to be run again is passed.
	 */
	public void submitAsync(K key, int rank, AsyncLaneTask task) {
		Queued queued = new Queued(rank, this.sequence.incrementAndGet(), task);
		Object[] toStart = new Object[1];
		this.lanes.compute(key, (k, lane) -> {
			Lane target = (lane != null) ? lane : new Lane(k);
			target.queue.add(queued);
			if (!target.running) {
				target.running = true;
				toStart[0] = target;
			}
			else if (target.waiting && target.queue.peek() == queued) {
				// It passes the task that waits to be run again: go now.
				target.waiting = false;
				if (target.timer != null) {
					target.timer.cancel(false);
				}
				toStart[0] = target;
			}
			return target;
		});
		if (toStart[0] != null) {
			@SuppressWarnings("unchecked")
			Lane lane = (Lane) toStart[0];
			this.executor.execute(lane.run());
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

	/**
	 * A thread pool that runs queued lane runs by the rank of the task they are for (then
	 * in the order queued), so that when every thread is busy a lane with a crisis call
	 * is not queued behind a thousand lanes with bulk ones. (Virtual threads need none:
	 * each run gets its own thread.)
	 */
	static ExecutorService rankedPool(int threads, ThreadFactory factory) {
		Comparator<Runnable> byRank = Comparator.<Runnable>comparingInt(Lanes::rankOf)
			.thenComparingLong(Lanes::sequenceOf);
		return new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
				new PriorityBlockingQueue<>(64, byRank), factory);
	}

	private static int rankOf(Runnable runnable) {
		return (runnable instanceof Lanes<?>.LaneRun run) ? run.rank : Integer.MAX_VALUE;
	}

	private static long sequenceOf(Runnable runnable) {
		return (runnable instanceof Lanes<?>.LaneRun run) ? run.sequence : Long.MAX_VALUE;
	}

	/**
	 * The exception's message may quote what a person wrote (a handler's failure): only
	 * its class above DEBUG, the throwable itself at DEBUG.
	 */
	private static void logUnexpected(Throwable ex) {
		Throwable cause = (ex instanceof CompletionException && ex.getCause() != null) ? ex.getCause() : ex;
		log.error("Lane task failed unexpectedly ({}); skipping it", cause.getClass().getName());
		log.debug("Lane task failed", cause);
	}

	/** A task in a lane's queue, in the order of its rank, then of its submission. */
	private record Queued(int rank, long sequence, AsyncLaneTask task) {
	}

	/** A lane's turn on the executor, ranked by the task it is for. */
	private final class LaneRun implements Runnable {

		private final Lane lane;

		private final int rank;

		private final long sequence = Lanes.this.sequence.incrementAndGet();

		LaneRun(Lane lane, int rank) {
			this.lane = lane;
			this.rank = rank;
		}

		@Override
		public void run() {
			this.lane.drain();
		}

	}

	private final class Lane {

		private final K key;

		private final PriorityBlockingQueue<Queued> queue = new PriorityBlockingQueue<>(4, ORDER);

		/**
		 * A drain runs, or a task waits to be run again (changed under the map's lock).
		 */
		private boolean running;

		/**
		 * The lane waits for its head's retry time: no drain runs (changed under the
		 * map's lock).
		 */
		private boolean waiting;

		private ScheduledFuture<?> timer;

		Lane(K key) {
			this.key = key;
		}

		/** A run of this lane for the executor, ranked by its best task. */
		LaneRun run() {
			Queued best = this.queue.peek();
			return new LaneRun(this, (best != null) ? best.rank() : DEFAULT_RANK);
		}

		void drain() {
			while (true) {
				Queued head = this.queue.peek();
				CompletableFuture<Duration> outcome = runSafely(head.task());
				if (!outcome.isDone()) {
					// The thread goes back to the pool; the lane goes on when the task
					// finishes.
					outcome.whenComplete((again, ex) -> afterLateFinish(head, again, ex));
					return;
				}
				Duration again = outcome.exceptionally(this::unexpected).join();
				if (again != null) {
					if (retryLater(head, again)) {
						return;
					}
					continue;
				}
				if (finishHead(head)) {
					return;
				}
			}
		}

		private void afterLateFinish(Queued head, Duration again, Throwable ex) {
			Duration wait = (ex != null) ? unexpected(ex) : again;
			boolean goOn;
			if (wait != null) {
				goOn = !retryLater(head, wait);
			}
			else {
				goOn = !finishHead(head);
			}
			if (goOn) {
				try {
					Lanes.this.executor.execute(run());
				}
				catch (RejectedExecutionException rejected) {
					log.debug("Lane {} not continued: the executor has stopped", this.key);
				}
			}
		}

		private Duration unexpected(Throwable ex) {
			logUnexpected(ex);
			return null;
		}

		/**
		 * Schedules the lane to run again after the wait; returns false (and schedules
		 * nothing) if a better task arrived meanwhile, which the caller runs now.
		 */
		private boolean retryLater(Queued head, Duration again) {
			boolean[] passed = new boolean[1];
			Lanes.this.lanes.compute(this.key, (k, lane) -> {
				passed[0] = this.queue.peek() != head;
				// From here on, a better task submitted sees the lane waiting and wakes
				// it.
				this.waiting = !passed[0];
				if (this.waiting) {
					try {
						// Rounded up: a task that comes back early only asks again.
						this.timer = Lanes.this.scheduler.schedule(this::wakeAfterWait,
								Math.max(1, (again.toNanos() + 999_999) / 1_000_000), TimeUnit.MILLISECONDS);
					}
					catch (RejectedExecutionException ex) {
						// The application is stopping: the task's work is stored and is
						// picked up again at the next start.
						log.debug("Lane {} not rescheduled: the scheduler has stopped", this.key);
					}
				}
				return this;
			});
			return !passed[0];
		}

		private void wakeAfterWait() {
			boolean[] wake = new boolean[1];
			Lanes.this.lanes.compute(this.key, (k, lane) -> {
				// Not if a better task woke the lane earlier.
				wake[0] = this.waiting;
				this.waiting = false;
				this.timer = null;
				return lane;
			});
			if (wake[0]) {
				try {
					Lanes.this.executor.execute(run());
				}
				catch (RejectedExecutionException ex) {
					log.debug("Lane {} not continued: the executor has stopped", this.key);
				}
			}
		}

		/**
		 * Removes the finished task; returns true when the lane is empty and has been
		 * retired.
		 */
		private boolean finishHead(Queued head) {
			boolean[] retired = new boolean[1];
			Lanes.this.lanes.compute(this.key, (k, lane) -> {
				this.queue.remove(head);
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
				logUnexpected(ex);
				return CompletableFuture.completedFuture(null);
			}
		}

	}

}
