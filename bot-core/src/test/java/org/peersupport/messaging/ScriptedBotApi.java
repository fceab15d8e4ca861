package org.peersupport.messaging;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A test double at the Bot API port: records every call with its time and answers from a
 * script, then with success.
 */
class ScriptedBotApi implements BotApiPort {

	private final Deque<SendOutcome> script = new ArrayDeque<>();

	private final List<Recorded> calls = new CopyOnWriteArrayList<>();

	private final AtomicLong messageIds = new AtomicLong(100);

	synchronized ScriptedBotApi thenAnswer(SendOutcome... outcomes) {
		this.script.addAll(List.of(outcomes));
		return this;
	}

	@Override
	public SendOutcome execute(OutboundCall call) {
		this.calls.add(new Recorded(call, Instant.now()));
		SendOutcome next;
		synchronized (this) {
			next = this.script.poll();
		}
		if (next != null) {
			return next;
		}
		Long id = (call.action() == OutboundAction.SEND_MESSAGE) ? this.messageIds.incrementAndGet() : call.messageId();
		return new SendOutcome.Delivered(id);
	}

	List<Recorded> calls() {
		return this.calls;
	}

	void reset() {
		synchronized (this) {
			this.script.clear();
		}
		this.calls.clear();
	}

	record Recorded(OutboundCall call, Instant at) {
	}

}
