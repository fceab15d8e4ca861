package org.peersupport.messaging;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessResourceFailureException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

class GroupedWritesTests {

	private final ExecutorService threads = Executors.newFixedThreadPool(4);

	@AfterEach
	void stop() {
		this.threads.shutdownNow();
	}

	@Test
	void changesThatArriveDuringAWriteAreWrittenTogetherByTheNext() throws Exception {
		RecordingInbox inbox = new RecordingInbox();
		GroupedWrites<Long> marks = new GroupedWrites<>(inbox::markDone);
		Future<?> first = this.threads.submit(() -> marks.write(1L));
		await().atMost(Duration.ofSeconds(30)).until(() -> inbox.writing.getCount() == 0);
		List<Future<?>> others = new ArrayList<>();
		for (long id = 2; id <= 4; id++) {
			long updateId = id;
			others.add(this.threads.submit(() -> marks.write(updateId)));
		}
		// all three wait behind the first write
		await().atMost(Duration.ofSeconds(30)).until(() -> marks.waitingCount() == 3);
		assertThat(others).noneMatch(Future::isDone);
		inbox.release.countDown();
		first.get(30, TimeUnit.SECONDS);
		for (Future<?> other : others) {
			other.get(30, TimeUnit.SECONDS);
		}
		assertThat(inbox.writes).hasSize(2);
		assertThat(inbox.writes.get(0)).containsExactly(1L);
		assertThat(inbox.writes.get(1)).containsExactlyInAnyOrder(2L, 3L, 4L);
	}

	@Test
	void aFailedWriteFailsTheCallerOfEveryChangeItCarried() {
		RecordingInbox inbox = new RecordingInbox();
		inbox.release.countDown();
		inbox.failure = new DataAccessResourceFailureException("store down");
		GroupedWrites<Long> marks = new GroupedWrites<>(inbox::markDone);
		assertThatExceptionOfType(DataAccessResourceFailureException.class).isThrownBy(() -> marks.write(7L));
		inbox.failure = null;
		marks.write(7L);
		assertThat(inbox.writes).containsExactly(List.of(7L), List.of(7L));
	}

	@Test
	void aSubmittedChangeDoesNotHoldItsCallerWhileAnotherWriteIsUnderWay() throws Exception {
		RecordingInbox inbox = new RecordingInbox();
		GroupedWrites<Long> marks = new GroupedWrites<>(inbox::markDone);
		Future<?> first = this.threads.submit(() -> marks.write(1L));
		await().atMost(Duration.ofSeconds(30)).until(() -> inbox.writing.getCount() == 0);
		// returns at once: the writer under way takes this change with its next group
		CompletableFuture<Void> second = marks.submit(2L);
		CompletableFuture<Void> third = marks.submit(3L);
		assertThat(second).isNotDone();
		assertThat(third).isNotDone();
		inbox.release.countDown();
		first.get(30, TimeUnit.SECONDS);
		second.get(30, TimeUnit.SECONDS);
		third.get(30, TimeUnit.SECONDS);
		assertThat(inbox.writes).containsExactly(List.of(1L), List.of(2L, 3L));
	}

	@Test
	void aGroupWhoseWriteFailsForOneChangeIsWrittenAgainChangeByChange() {
		List<List<Long>> writes = new CopyOnWriteArrayList<>();
		RuntimeException bad = new IllegalArgumentException("cannot store 13");
		GroupedWrites<Long> marks = new GroupedWrites<>((group) -> {
			writes.add(List.copyOf(group));
			if (group.contains(13L)) {
				throw bad;
			}
		}, (ex) -> ex instanceof IllegalArgumentException);
		List<CompletableFuture<Void>> results = new ArrayList<>();
		// the first submit writes alone; hold it so the rest form one group
		CountDownLatch inWrite = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		GroupedWrites<Long> held = new GroupedWrites<>((group) -> {
			writes.add(List.copyOf(group));
			if (group.contains(0L)) {
				inWrite.countDown();
				awaitQuietly(release);
			}
			if (group.contains(13L)) {
				throw bad;
			}
		}, (ex) -> ex instanceof IllegalArgumentException);
		this.threads.submit(() -> held.submit(0L));
		awaitQuietly(inWrite);
		results.add(held.submit(12L));
		results.add(held.submit(13L));
		results.add(held.submit(14L));
		release.countDown();
		await().atMost(Duration.ofSeconds(30)).until(() -> results.stream().allMatch(CompletableFuture::isDone));
		assertThat(results.get(0)).isCompletedWithValue(null);
		assertThat(results.get(1)).isCompletedExceptionally();
		assertThat(results.get(2)).isCompletedWithValue(null);
		assertThat(writes).containsExactly(List.of(0L), List.of(12L, 13L, 14L), List.of(12L), List.of(13L),
				List.of(14L));
		// a change alone that fails is not written twice
		writes.clear();
		assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> marks.write(13L));
		assertThat(writes).containsExactly(List.of(13L));
	}

	@Test
	void aStoreThatIsDownFailsTheWholeGroupWithoutTryingEachChange() {
		List<List<Long>> writes = new CopyOnWriteArrayList<>();
		CountDownLatch inWrite = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		GroupedWrites<Long> marks = new GroupedWrites<>((group) -> {
			writes.add(List.copyOf(group));
			if (group.contains(0L)) {
				inWrite.countDown();
				awaitQuietly(release);
				return;
			}
			throw new DataAccessResourceFailureException("store down");
		}, (ex) -> !(ex instanceof DataAccessResourceFailureException));
		this.threads.submit(() -> marks.submit(0L));
		awaitQuietly(inWrite);
		CompletableFuture<Void> one = marks.submit(1L);
		CompletableFuture<Void> two = marks.submit(2L);
		release.countDown();
		await().atMost(Duration.ofSeconds(30)).until(() -> one.isDone() && two.isDone());
		assertThat(one).isCompletedExceptionally();
		assertThat(two).isCompletedExceptionally();
		assertThat(writes).containsExactly(List.of(0L), List.of(1L, 2L));
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** Records each write; the first waits until released. */
	static final class RecordingInbox extends Inbox {

		final List<List<Long>> writes = new CopyOnWriteArrayList<>();

		final CountDownLatch writing = new CountDownLatch(1);

		final CountDownLatch release = new CountDownLatch(1);

		volatile RuntimeException failure;

		RecordingInbox() {
			super(null, Clock.systemUTC());
		}

		@Override
		void markDone(List<Long> updateIds) {
			this.writes.add(List.copyOf(updateIds));
			this.writing.countDown();
			try {
				assertThat(this.release.await(30, TimeUnit.SECONDS)).isTrue();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			RuntimeException toThrow = this.failure;
			if (toThrow != null) {
				throw toThrow;
			}
		}

	}

}
