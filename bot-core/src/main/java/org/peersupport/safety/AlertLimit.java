package org.peersupport.safety;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Counts alerts about one person: how many other alerts may go to the moderators in a
 * period, and how many crisis messages came in the crisis window. Counted in memory (a
 * restart starts again), per person, from the first alert of a period. The same update
 * handled again within the period gets the same answer: an alert it made is allowed again
 * (and stored once), one held back is held back again, a crisis is counted once.
 */
final class AlertLimit {

	private final int perPerson;

	private final Duration period;

	private final Duration crisisWindow;

	private final Cache<Long, Window> windows;

	private final Cache<Long, Window> crises;

	AlertLimit(int perPerson, Duration period, Duration crisisWindow) {
		this.perPerson = perPerson;
		this.period = period;
		this.crisisWindow = crisisWindow;
		this.windows = Caffeine.newBuilder().expireAfterWrite(period).build();
		this.crises = Caffeine.newBuilder().expireAfterWrite(crisisWindow).build();
	}

	/**
	 * Counts a crisis message from the person in this chat.
	 * @param receipt the update with the crisis words
	 * @return how many crisis messages (this one included) came in the crisis window
	 */
	int countCrisis(long chatId, String receipt, Instant now) {
		Window window = this.crises.get(chatId, (id) -> new Window(now));
		synchronized (window) {
			if (!now.isBefore(window.start.plus(this.crisisWindow))) {
				window.restart(now);
			}
			if (!window.allowed.contains(receipt)) {
				window.allowed.add(receipt);
			}
			return window.allowed.indexOf(receipt) + 1;
		}
	}

	/**
	 * Whether an alert about the person in this chat may go.
	 * @param receipt the update the alert answers
	 */
	boolean allows(long chatId, String receipt, Instant now) {
		Window window = this.windows.get(chatId, (id) -> new Window(now));
		synchronized (window) {
			if (!now.isBefore(window.start.plus(this.period))) {
				window.restart(now);
			}
			if (window.allowed.contains(receipt)) {
				return true;
			}
			if (window.allowed.size() < this.perPerson) {
				window.allowed.add(receipt);
				return true;
			}
			return false;
		}
	}

	/** Forgets what was counted about a person (after erasure). */
	void forget(long chatId) {
		this.windows.invalidate(chatId);
		this.crises.invalidate(chatId);
	}

	/** The alerts (or crisis messages) about one person in the current period. */
	private static final class Window {

		private Instant start;

		private final List<String> allowed = new ArrayList<>();

		Window(Instant start) {
			this.start = start;
		}

		void restart(Instant now) {
			this.start = now;
			this.allowed.clear();
		}

	}

}
