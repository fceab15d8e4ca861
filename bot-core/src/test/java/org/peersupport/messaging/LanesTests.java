package org.peersupport.messaging;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class LanesTests {

	private final ExecutorService executor = Executors.newFixedThreadPool(4);

	private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

	private final Lanes<Long> lanes = new Lanes<>(this.executor, this.scheduler);

	@AfterEach
	void shutDown() {
		this.executor.shutdownNow();
		this.scheduler.shutdownNow();
	}

	@Test
	void tasksOfOneKeyRunInSubmissionOrderAndNeverTogether() {
		List<Integer> seen = new CopyOnWriteArrayList<>();
		AtomicInteger inside = new AtomicInteger();
		AtomicInteger overlaps = new AtomicInteger();
		for (int i = 0; i < 200; i++) {
			int n = i;
			this.lanes.submit(7L, () -> {
				if (inside.incrementAndGet() > 1) {
					overlaps.incrementAndGet();
				}
				seen.add(n);
				inside.decrementAndGet();
				return null;
			});
		}
		await().atMost(Duration.ofSeconds(5)).until(() -> seen.size() == 200);
		assertThat(overlaps).hasValue(0);
		assertThat(seen).isSorted();
		await().until(() -> this.lanes.activeLanes() == 0);
	}

	@Test
	void queuedTasksRunByRankThenInSubmissionOrder() {
		List<String> seen = new CopyOnWriteArrayList<>();
		CompletableFuture<Duration> busy = new CompletableFuture<>();
		this.lanes.submitAsync(8L, 2, () -> {
			seen.add("busy");
			return busy;
		});
		await().atMost(Duration.ofSeconds(5)).until(() -> seen.contains("busy"));
		for (String name : List.of("bulk-a", "interactive-a", "crisis", "bulk-b", "interactive-b")) {
			int rank = name.startsWith("crisis") ? 0 : name.startsWith("interactive") ? 1 : 2;
			this.lanes.submitAsync(8L, rank, () -> {
				seen.add(name);
				return CompletableFuture.completedFuture(null);
			});
		}
		busy.complete(null);

		await().atMost(Duration.ofSeconds(5)).until(() -> seen.size() == 6);
		assertThat(seen).containsExactly("busy", "crisis", "interactive-a", "interactive-b", "bulk-a", "bulk-b");
		await().until(() -> this.lanes.activeLanes() == 0);
	}

	@Test
	void aTaskOfABetterRankWakesALaneThatWaitsToRunATaskAgain() {
		List<String> seen = new CopyOnWriteArrayList<>();
		AtomicInteger bulkRuns = new AtomicInteger();
		this.lanes.submitAsync(9L, 2, () -> {
			seen.add("bulk-" + bulkRuns.incrementAndGet());
			// Asks to run again much later, as a send held back by its chat's limit does.
			return CompletableFuture.completedFuture((bulkRuns.get() == 1) ? Duration.ofMinutes(1) : null);
		});
		await().atMost(Duration.ofSeconds(5)).until(() -> seen.contains("bulk-1"));

		this.lanes.submitAsync(9L, 0, () -> {
			seen.add("crisis");
			return CompletableFuture.completedFuture(null);
		});

		await().atMost(Duration.ofSeconds(5)).until(() -> seen.contains("crisis"));
		assertThat(seen).startsWith("bulk-1", "crisis");
	}

	@Test
	void aRankedPoolRunsTheLaneWithTheBestTaskFirstWhenEveryThreadIsBusy() throws InterruptedException {
		ExecutorService pool = Lanes.rankedPool(1, Executors.defaultThreadFactory());
		try {
			Lanes<Long> ranked = new Lanes<>(pool, this.scheduler);
			CountDownLatch entered = new CountDownLatch(1);
			CountDownLatch release = new CountDownLatch(1);
			List<String> seen = new CopyOnWriteArrayList<>();
			ranked.submit(1L, () -> {
				entered.countDown();
				awaitQuietly(release);
				return null;
			});
			assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();
			for (long key = 2; key <= 4; key++) {
				String name = "bulk-" + key;
				ranked.submitAsync(key, 2, () -> {
					seen.add(name);
					return CompletableFuture.completedFuture(null);
				});
			}
			ranked.submitAsync(5L, 0, () -> {
				seen.add("crisis");
				return CompletableFuture.completedFuture(null);
			});
			release.countDown();

			await().atMost(Duration.ofSeconds(5)).until(() -> seen.size() == 4);
			assertThat(seen).containsExactly("crisis", "bulk-2", "bulk-3", "bulk-4");
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void differentKeysRunInParallel() throws InterruptedException {
		CountDownLatch bothInside = new CountDownLatch(2);
		CountDownLatch release = new CountDownLatch(1);
		for (long key = 1; key <= 2; key++) {
			this.lanes.submit(key, () -> {
				bothInside.countDown();
				awaitQuietly(release);
				return null;
			});
		}
		assertThat(bothInside.await(5, TimeUnit.SECONDS)).isTrue();
		release.countDown();
	}

	@Test
	void aTaskThatFinishesLaterHoldsItsLaneButNotItsThread() throws Exception {
		ExecutorService oneThread = Executors.newSingleThreadExecutor();
		try {
			Lanes<Long> single = new Lanes<>(oneThread, this.scheduler);
			CompletableFuture<Duration> write = new CompletableFuture<>();
			List<String> seen = new CopyOnWriteArrayList<>();
			AtomicInteger runs = new AtomicInteger();
			single.submitAsync(1L, () -> {
				seen.add("first-" + runs.incrementAndGet());
				return (runs.get() == 1) ? write : CompletableFuture.completedFuture(null);
			});
			single.submit(1L, () -> {
				seen.add("second");
				return null;
			});
			// the only thread is free for another chat while the first task waits
			single.submit(2L, () -> {
				seen.add("other chat");
				return null;
			});
			await().atMost(Duration.ofSeconds(30)).until(() -> seen.contains("other chat"));
			await().during(Duration.ofMillis(200)).until(() -> !seen.contains("second"));
			// finishing late with a retry runs the task again before the next one
			write.complete(Duration.ofMillis(20));
			await().atMost(Duration.ofSeconds(30)).until(() -> seen.contains("second"));
			assertThat(seen).containsExactly("first-1", "other chat", "first-2", "second");
			await().atMost(Duration.ofSeconds(30)).until(() -> single.activeLanes() == 0);
		}
		finally {
			oneThread.shutdownNow();
		}
	}

	@Test
	void aTaskThatFailsLateIsSkippedAndTheLaneGoesOn() {
		CompletableFuture<Duration> write = new CompletableFuture<>();
		List<String> seen = new CopyOnWriteArrayList<>();
		this.lanes.submitAsync(3L, () -> write);
		this.lanes.submit(3L, () -> {
			seen.add("next");
			return null;
		});
		write.completeExceptionally(new IllegalStateException("simulated"));
		await().atMost(Duration.ofSeconds(30)).until(() -> seen.contains("next"));
		await().atMost(Duration.ofSeconds(30)).until(() -> this.lanes.activeLanes() == 0);
	}

	@Test
	void aTaskThatAsksToRetryHoldsBackTheTasksBehindIt() {
		List<String> seen = new CopyOnWriteArrayList<>();
		AtomicInteger tries = new AtomicInteger();
		this.lanes.submit(1L, () -> {
			seen.add("first-" + tries.incrementAndGet());
			return (tries.get() < 3) ? Duration.ofMillis(20) : null;
		});
		this.lanes.submit(1L, () -> {
			seen.add("second");
			return null;
		});
		await().atMost(Duration.ofSeconds(5)).until(() -> seen.contains("second"));
		assertThat(seen).containsExactly("first-1", "first-2", "first-3", "second");
	}

	@Test
	void aRetryAskedForAfterTheSchedulerStoppedThrowsNothing() {
		List<Throwable> uncaught = new CopyOnWriteArrayList<>();
		ExecutorService reporting = Executors.newSingleThreadExecutor((runnable) -> {
			Thread thread = new Thread(runnable);
			thread.setUncaughtExceptionHandler((t, ex) -> uncaught.add(ex));
			return thread;
		});
		Lanes<Long> stopping = new Lanes<>(reporting, this.scheduler);
		this.scheduler.shutdownNow();
		AtomicInteger runs = new AtomicInteger();
		stopping.submit(3L, () -> {
			runs.incrementAndGet();
			return Duration.ofMillis(10);
		});
		await().until(() -> runs.get() == 1);
		reporting.shutdown();
		await().until(reporting::isTerminated);
		assertThat(uncaught).isEmpty();
		assertThat(runs).hasValue(1);
	}

	@Test
	void aFailingTaskDoesNotStopItsLane() {
		List<String> seen = new CopyOnWriteArrayList<>();
		this.lanes.submit(1L, () -> {
			throw new IllegalStateException("boom");
		});
		this.lanes.submit(1L, () -> {
			seen.add("after");
			return null;
		});
		await().atMost(Duration.ofSeconds(5)).until(() -> seen.contains("after"));
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
