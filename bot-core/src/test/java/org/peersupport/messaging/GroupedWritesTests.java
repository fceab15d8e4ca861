package org.peersupport.messaging;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
