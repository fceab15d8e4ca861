package org.peersupport.messaging;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A test double at the Bot API port: records every call with its time and answers from a
 * script, then with success.
 */
class ScriptedBotApi implements BotApiPort {

	private final Deque<SendOutcome> script = new ArrayDeque<>();

	private final List<Recorded> calls = new CopyOnWriteArrayList<>();

	private final AtomicLong messageIds = new AtomicLong(100);

	private final List<String> linksCreated = new CopyOnWriteArrayList<>();

	private volatile CountDownLatch hold;

	private volatile RuntimeException failure;

	synchronized ScriptedBotApi thenAnswer(SendOutcome... outcomes) {
		this.script.addAll(List.of(outcomes));
		return this;
	}

	/**
	 * Makes every call wait, after it is recorded, until the returned latch is counted
	 * down (a send on the wire).
	 */
	CountDownLatch holdCalls() {
		CountDownLatch latch = new CountDownLatch(1);
		this.hold = latch;
		return latch;
	}

	/** Makes the next call throw instead of answering (a bug, not a Telegram error). */
	void failNextWith(RuntimeException failure) {
		this.failure = failure;
	}

	@Override
	public SendOutcome execute(OutboundCall call) {
		this.calls.add(new Recorded(call, Instant.now()));
		RuntimeException toThrow = this.failure;
		if (toThrow != null) {
			this.failure = null;
			throw toThrow;
		}
		CountDownLatch latch = this.hold;
		if (latch != null) {
			awaitRelease(latch);
		}
		SendOutcome next;
		synchronized (this) {
			next = this.script.poll();
		}
		if (next != null) {
			return next;
		}
		Long id = (call.action() == OutboundAction.SEND_MESSAGE || call.action() == OutboundAction.SEND_INVITE_LINK)
				? this.messageIds.incrementAndGet() : call.messageId();
		return new SendOutcome.Delivered(id);
	}

	/** Creates a link (answering from the script first, like a call). */
	@Override
	public SendOutcome createInviteLink(long groupChatId, String name, Instant expiresAt) {
		SendOutcome next;
		synchronized (this) {
			next = this.script.poll();
		}
		if (next instanceof SendOutcome.LinkCreated created) {
			this.linksCreated.add(created.link());
		}
		if (next != null) {
			return next;
		}
		String link = "https://t.me/+link" + this.linksCreated.size() + "-" + groupChatId;
		this.linksCreated.add(link);
		return new SendOutcome.LinkCreated(link);
	}

	/** The invite links created, in order. */
	List<String> linksCreated() {
		return this.linksCreated;
	}

	private static void awaitRelease(CountDownLatch latch) {
		try {
			if (!latch.await(60, TimeUnit.SECONDS)) {
				throw new IllegalStateException("a held call was never released");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while held", ex);
		}
	}

	List<Recorded> calls() {
		return this.calls;
	}

	void reset() {
		synchronized (this) {
			this.script.clear();
		}
		this.calls.clear();
		this.linksCreated.clear();
	}

	record Recorded(OutboundCall call, Instant at) {
	}

}
