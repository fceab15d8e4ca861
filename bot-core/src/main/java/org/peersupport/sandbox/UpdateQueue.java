package org.peersupport.sandbox;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Pending updates in the order they happened. Ids count up by one, except where a test
 * makes them jump (back, or at random as Telegram does after a week without updates), so
 * an offset confirms by position, not by comparing ids. Long polls wait on a condition of
 * this queue's own lock, so no other state is held while a poll waits.
 */
final class UpdateQueue {

	/** Update types Telegram leaves out unless the bot asks for them. */
	private static final Set<String> OPT_IN_TYPES = Set.of("chat_member", "message_reaction", "message_reaction_count");

	/**
	 * The highest id a random jump picks: TelegramBots reads update ids as 32-bit ints,
	 * and ids must be able to count up for a while after the jump.
	 */
	static final long HIGHEST_RANDOM_ID = Integer.MAX_VALUE - (1L << 20);

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition changed = this.lock.newCondition();

	private final ArrayDeque<ObjectNode> pending = new ArrayDeque<>();

	private long lastId;

	private Set<String> allowedUpdates = Set.of();

	private boolean closed;

	private final Random random;

	UpdateQueue(long firstUpdateId) {
		this.lastId = firstUpdateId - 1;
		this.random = new Random(firstUpdateId);
	}

	/**
	 * Queue an update of one type unless the bot's allowed updates exclude it.
	 * @return the new update id, or 0 if filtered out
	 */
	long add(String type, JsonNode payload) {
		this.lock.lock();
		try {
			if (!allowed(type)) {
				return 0;
			}
			long id = ++this.lastId;
			ObjectNode update = TelegramJson.object();
			update.put("update_id", id);
			update.set(type, payload);
			this.pending.addLast(update);
			this.changed.signalAll();
			return id;
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Confirm updates below the offset, then wait up to the timeout for at least one.
	 */
	List<ObjectNode> poll(long offset, int limit, long timeoutMillis) throws InterruptedException {
		long remaining = TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
		this.lock.lock();
		try {
			confirmBelow(offset);
			while (this.pending.isEmpty() && remaining > 0 && !this.closed) {
				remaining = this.changed.awaitNanos(remaining);
			}
			List<ObjectNode> batch = new ArrayList<>(Math.min(limit, this.pending.size()));
			for (ObjectNode update : this.pending) {
				if (batch.size() >= limit) {
					break;
				}
				batch.add(update);
			}
			return batch;
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * The oldest pending update, waiting up to the timeout for one; null if none.
	 */
	ObjectNode first(long timeoutMillis) throws InterruptedException {
		long remaining = TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
		this.lock.lock();
		try {
			while (this.pending.isEmpty() && remaining > 0 && !this.closed) {
				remaining = this.changed.awaitNanos(remaining);
			}
			return this.pending.peekFirst();
		}
		finally {
			this.lock.unlock();
		}
	}

	void confirm(long updateId) {
		this.lock.lock();
		try {
			confirmBelow(updateId + 1);
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Confirms the updates up to the one whose id is {@code offset - 1}; if no pending
	 * update has that id, the leading updates below the offset, up to the first jump.
	 */
	private void confirmBelow(long offset) {
		int index = 0;
		for (ObjectNode update : this.pending) {
			index++;
			if (update.path("update_id").asLong() == offset - 1) {
				for (int i = 0; i < index; i++) {
					this.pending.removeFirst();
				}
				return;
			}
		}
		long previous = Long.MIN_VALUE;
		while (!this.pending.isEmpty()) {
			long id = this.pending.peekFirst().path("update_id").asLong();
			if (id >= offset || id < previous) {
				return;
			}
			previous = id;
			this.pending.removeFirst();
		}
	}

	/**
	 * Makes the next update get this id (a jump back or forward); later ones count up
	 * from it.
	 */
	void jumpTo(long nextId) {
		if (nextId < 1 || nextId > Integer.MAX_VALUE) {
			throw new IllegalArgumentException("Update ids are from 1 to " + Integer.MAX_VALUE + ": " + nextId);
		}
		this.lock.lock();
		try {
			this.lastId = nextId - 1;
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Makes the next update get a random id, as Telegram does after a week without
	 * updates; later ones count up from it.
	 * @return the id the next update gets
	 */
	long jumpAtRandom() {
		this.lock.lock();
		try {
			long next = 1 + (long) (this.random.nextDouble() * (HIGHEST_RANDOM_ID - 1));
			this.lastId = next - 1;
			return next;
		}
		finally {
			this.lock.unlock();
		}
	}

	void allowedUpdates(Collection<String> types) {
		this.lock.lock();
		try {
			this.allowedUpdates = Set.copyOf(types);
		}
		finally {
			this.lock.unlock();
		}
	}

	private boolean allowed(String type) {
		return this.allowedUpdates.isEmpty() ? !OPT_IN_TYPES.contains(type) : this.allowedUpdates.contains(type);
	}

	int pendingCount() {
		this.lock.lock();
		try {
			return this.pending.size();
		}
		finally {
			this.lock.unlock();
		}
	}

	long lastId() {
		this.lock.lock();
		try {
			return this.lastId;
		}
		finally {
			this.lock.unlock();
		}
	}

	void clearPending() {
		this.lock.lock();
		try {
			this.pending.clear();
			this.changed.signalAll();
		}
		finally {
			this.lock.unlock();
		}
	}

	/** Wake every waiter, e.g. when the webhook changes. */
	void wakeUp() {
		this.lock.lock();
		try {
			this.changed.signalAll();
		}
		finally {
			this.lock.unlock();
		}
	}

	void close() {
		this.lock.lock();
		try {
			this.closed = true;
			this.changed.signalAll();
		}
		finally {
			this.lock.unlock();
		}
	}

}
