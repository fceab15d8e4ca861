package org.peersupport.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;

/**
 * The JVM's CPU time, with the time its JIT compiler spent kept apart: the compiler's
 * share depends on how warm the JVM is, not on the consumer being measured.
 */
final class CpuClock {

	private CpuClock() {
	}

	static Reading now() {
		long cpu = (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os)
				? os.getProcessCpuTime() : -1;
		CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
		long jitMillis = (jit != null && jit.isCompilationTimeMonitoringSupported()) ? jit.getTotalCompilationTime()
				: 0;
		return new Reading(cpu, jitMillis);
	}

	/**
	 * One reading.
	 *
	 * @param cpuNanos the process's CPU time, or -1 where the JVM does not say
	 * @param jitMillis the JIT compiler's total time
	 */
	record Reading(long cpuNanos, long jitMillis) {

		/** CPU time since an earlier reading, JIT time subtracted; zero if unknown. */
		Duration cpuSince(Reading earlier) {
			if (this.cpuNanos < 0 || earlier == null || earlier.cpuNanos < 0) {
				return Duration.ZERO;
			}
			long nanos = (this.cpuNanos - earlier.cpuNanos) - (this.jitMillis - earlier.jitMillis) * 1_000_000;
			return Duration.ofNanos(Math.max(0, nanos));
		}

	}

}
