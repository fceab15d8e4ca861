package org.peersupport.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counters for outgoing calls by result, dead letters, and the outbox depth.
 */
class SendMetrics {

	private final MeterRegistry meters;

	private final Counter dead;

	private final Counter cancelled;

	SendMetrics(MeterRegistry meters) {
		this.meters = meters;
		this.dead = Counter.builder("peer.outbox.dead_letters").register(meters);
		this.cancelled = Counter.builder("peer.outbox.cancelled").register(meters);
	}

	void bindDepth(OutboxStore store) {
		Gauge.builder("peer.outbox.depth", store, (s) -> s.count(OutboxState.PENDING))
			.description("Outgoing calls waiting to be sent")
			.register(this.meters);
	}

	void sent(String result) {
		this.meters.counter("peer.sends", "result", result).increment();
	}

	void deadLettered() {
		this.dead.increment();
	}

	void cancelled() {
		this.cancelled.increment();
	}

}
