package org.peersupport.bench;

import java.time.Duration;

/**
 * What one round of the load measured for one variant.
 *
 * @param variant which consumer answered
 * @param messages messages injected
 * @param replied messages that got at least one echo
 * @param duplicates echoes beyond the first for a message
 * @param unexpected messages the bot sent that echo no injected message
 * @param elapsed from the first injection to the last echo
 * @param p50 median message-to-echo latency
 * @param p99 99th percentile message-to-echo latency
 * @param max the longest message-to-echo latency
 * @param cpu CPU time the whole JVM (emulator, load and consumer) used from the first
 * injection to the last echo, without the JIT compiler's
 */
record RoundResult(Variant variant, int messages, int replied, int duplicates, int unexpected, Duration elapsed,
		Duration p50, Duration p99, Duration max, Duration cpu) {

	/** CPU microseconds per echoed message, JIT compilation left out. */
	double cpuMicrosPerUpdate() {
		return (this.replied == 0) ? 0 : this.cpu.toNanos() / 1e3 / this.replied;
	}

	/** Echoed messages per second over the round. */
	double updatesPerSecond() {
		return this.replied / (this.elapsed.toNanos() / 1e9);
	}

	int missing() {
		return this.messages - this.replied;
	}

	boolean complete() {
		return missing() == 0 && this.duplicates == 0 && this.unexpected == 0;
	}

}
