package org.peersupport.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;

/**
 * Waits until the JIT compiler has caught up with what a consumer's start queued.
 * Starting a Spring context queues thousands of methods for compilation; measured right
 * after the start, a round would share the two cores with that backlog, which a bot that
 * has been running for a while never does.
 */
final class QuietJit {

	private QuietJit() {
	}

	/**
	 * Returns once the compiler has spent less than {@code quietShare} of a window of
	 * wall time compiling, or after {@code limit}.
	 * @return how long it waited
	 */
	static Duration await(Duration window, double quietShare, Duration limit) throws InterruptedException {
		CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
		long started = System.nanoTime();
		if (jit == null || !jit.isCompilationTimeMonitoringSupported()) {
			Thread.sleep(limit.toMillis());
			return limit;
		}
		long deadline = started + limit.toNanos();
		while (System.nanoTime() < deadline) {
			long before = jit.getTotalCompilationTime();
			Thread.sleep(window.toMillis());
			long spent = jit.getTotalCompilationTime() - before;
			if (spent < window.toMillis() * quietShare) {
				break;
			}
		}
		return Duration.ofNanos(System.nanoTime() - started);
	}

}
