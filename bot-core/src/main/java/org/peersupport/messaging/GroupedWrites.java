package org.peersupport.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Writes small changes in groups, such as marking updates done: the changes that arrive
 * while one write is under way are written together by the next. There is no writer
 * thread and no timed window: a caller that finds no write under way writes everything
 * waiting, again and again until nothing waits; the others leave their change and go on
 * (with {@link #submit}) or wait for it (with {@link #write}). A change's result
 * completes only once the write that carries it has succeeded, with that write's
 * exception if it failed, just as if it had been written alone.
 *
 * @param <T> one change
 */
final class GroupedWrites<T> {

	private final Consumer<List<T>> write;

	private final Predicate<RuntimeException> writeAloneAfter;

	private final Queue<Mark<T>> waiting = new ConcurrentLinkedQueue<>();

	private final AtomicBoolean writing = new AtomicBoolean();

	/**
	 * Creates the group writer.
	 * @param write stores a group of changes with one write, or throws
	 */
	GroupedWrites(Consumer<List<T>> write) {
		this(write, (ex) -> false);
	}

	/**
	 * Creates the group writer.
	 * @param write stores a group of changes with one write, or throws
	 * @param writeAloneAfter which failures of a group's write make each of its changes
	 * be written again alone, so that a change that cannot be stored fails only its own
	 * caller (not worth it when the store is down: every change would fail again)
	 */
	GroupedWrites(Consumer<List<T>> write, Predicate<RuntimeException> writeAloneAfter) {
		this.write = write;
		this.writeAloneAfter = writeAloneAfter;
	}

	/** Writes the change; throws what the store threw if the write failed. */
	void write(T change) {
		try {
			submit(change).join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw (RuntimeException) ex.getCause();
		}
	}

	/**
	 * Leaves the change to be written with the next group; the caller writes that group
	 * itself if no write is under way. The result completes when the change is stored,
	 * exceptionally with the store's exception if the write failed.
	 */
	CompletableFuture<Void> submit(T change) {
		Mark<T> mark = new Mark<>(change);
		this.waiting.add(mark);
		// Checked again after each write: a change left just as the writer finished is
		// written by the writer's next turn or by its own caller.
		while (!this.waiting.isEmpty() && this.writing.compareAndSet(false, true)) {
			try {
				writeWaiting();
			}
			finally {
				this.writing.set(false);
			}
		}
		return mark.result;
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
		if (group.isEmpty()) {
			return;
		}
		try {
			this.write.accept(group.stream().map(Mark::change).toList());
			group.forEach((mark) -> mark.result.complete(null));
		}
		catch (RuntimeException ex) {
			if (group.size() > 1 && this.writeAloneAfter.test(ex)) {
				group.forEach(this::writeAlone);
			}
			else {
				group.forEach((mark) -> mark.result.completeExceptionally(ex));
			}
		}
		catch (Error ex) {
			// every caller of the group learns of the failure; none waits forever
			group.forEach((mark) -> mark.result.completeExceptionally(ex));
		}
	}

	private void writeAlone(Mark<T> mark) {
		try {
			this.write.accept(List.of(mark.change()));
			mark.result.complete(null);
		}
		catch (RuntimeException | Error ex) {
			mark.result.completeExceptionally(ex);
		}
	}

	private record Mark<T>(T change, CompletableFuture<Void> result) {

		Mark(T change) {
			this(change, new CompletableFuture<>());
		}

	}

}
