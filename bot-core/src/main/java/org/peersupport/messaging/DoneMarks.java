package org.peersupport.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Marks handled updates done in groups: the updates whose handling finished while one
 * write was under way are marked together by the next write. Each caller returns only
 * once the write that covers its update has succeeded, and gets that write's exception if
 * it failed, just as if it had written alone.
 */
final class DoneMarks {

	private final Inbox inbox;

	private final Queue<Mark> waiting = new ConcurrentLinkedQueue<>();

	private final Object writeLock = new Object();

	DoneMarks(Inbox inbox) {
		this.inbox = inbox;
	}

	/** Marks the update done; throws what the store threw if the write failed. */
	void markDone(long updateId) {
		Mark mark = new Mark(updateId);
		this.waiting.add(mark);
		synchronized (this.writeLock) {
			// Unless an earlier writer took this mark with its group, write every waiting
			// mark.
			if (!mark.result.isDone()) {
				writeWaiting();
			}
		}
		try {
			mark.result.join();
		}
		catch (CompletionException ex) {
			throw (RuntimeException) ex.getCause();
		}
	}

	/** How many marks wait for a write. */
	int waitingCount() {
		return this.waiting.size();
	}

	private void writeWaiting() {
		List<Mark> group = new ArrayList<>();
		Mark next;
		while ((next = this.waiting.poll()) != null) {
			group.add(next);
		}
		try {
			this.inbox.markDone(group.stream().map(Mark::updateId).toList());
			group.forEach((mark) -> mark.result.complete(null));
		}
		catch (RuntimeException ex) {
			group.forEach((mark) -> mark.result.completeExceptionally(ex));
		}
	}

	private record Mark(long updateId, CompletableFuture<Void> result) {

		Mark(long updateId) {
			this(updateId, new CompletableFuture<>());
		}

	}

}
