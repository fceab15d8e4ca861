package org.peersupport.sandbox;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Pending updates in id order. Long polls wait on a condition of this queue's own lock,
 * so no other state is held while a poll waits.
 */
final class UpdateQueue {

	/** Update types Telegram leaves out unless the bot asks for them. */
	private static final Set<String> OPT_IN_TYPES = Set.of("chat_member", "message_reaction", "message_reaction_count");

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition changed = this.lock.newCondition();

	private final ArrayDeque<ObjectNode> pending = new ArrayDeque<>();

	private long lastId;

	private Set<String> allowedUpdates = Set.of();

	private boolean closed;

	UpdateQueue(long firstUpdateId) {
		this.lastId = firstUpdateId - 1;
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

	private void confirmBelow(long offset) {
		while (!this.pending.isEmpty() && this.pending.peekFirst().path("update_id").asLong() < offset) {
			this.pending.removeFirst();
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
