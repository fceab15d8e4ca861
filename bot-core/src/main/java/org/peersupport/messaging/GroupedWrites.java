package org.peersupport.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

/**
 * Writes small changes in groups, such as marking updates done: the changes that arrive
 * while one write is under way are written together by the next. Each caller returns only
 * once the write that carries its change has succeeded, and gets that write's exception
 * if it failed, just as if it had written alone.
 *
 * @param <T> one change
 */
final class GroupedWrites<T> {

	private final Consumer<List<T>> write;

	private final Queue<Mark<T>> waiting = new ConcurrentLinkedQueue<>();

	private final Object writeLock = new Object();

	/**
	 * Creates the group writer.
	 * @param write stores a group of changes with one write, or throws
	 */
	GroupedWrites(Consumer<List<T>> write) {
		this.write = write;
	}

	/** Writes the change; throws what the store threw if the write failed. */
	void write(T change) {
		Mark<T> mark = new Mark<>(change);
		this.waiting.add(mark);
		synchronized (this.writeLock) {
			// Unless an earlier writer took this change with its group, write every
			// waiting change.
			if (!mark.result.isDone()) {
				writeWaiting();
			}
		}
		try {
			mark.result.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw (RuntimeException) ex.getCause();
		}
	}

	/** How many changes wait for a write. */
	int waitingCount() {
		return this.waiting.size();
	}

	private void writeWaiting() {
		List<Mark<T>> group = new ArrayList<>();
		Mark<T> next;
		while ((next = this.waiting.poll()) != null) {
			group.add(next);
		}
		try {
			this.write.accept(group.stream().map(Mark::change).toList());
			group.forEach((mark) -> mark.result.complete(null));
		}
		catch (RuntimeException | Error ex) {
			// every caller of the group learns of the failure; none waits forever
			group.forEach((mark) -> mark.result.completeExceptionally(ex));
		}
	}

	private record Mark<T>(T change, CompletableFuture<Void> result) {

		Mark(T change) {
			this(change, new CompletableFuture<>());
		}

	}

}
