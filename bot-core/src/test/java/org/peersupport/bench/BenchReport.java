package org.peersupport.bench;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The benchmark's markdown: medians per variant, the bot-to-library ratio, every round,
 * and the machine.
 */
final class BenchReport {

	/** The goal: the bot keeps at least this share of the bare library's throughput. */
	static final double GOAL = 0.9;

	private final List<RoundResult> rounds;

	private final String load;

	private final String setup;

	BenchReport(List<RoundResult> rounds, String load, String setup) {
		this.rounds = List.copyOf(rounds);
		this.load = load;
		this.setup = setup;
	}

	/** The system load average now, or "n/a". */
	static String loadAverage() {
		double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		return (load < 0) ? "n/a" : String.format(Locale.ROOT, "%.2f", load);
	}

	String markdown() {
		StringBuilder out = new StringBuilder();
		out.append("Load: ").append(this.load).append("\n\n");
		out.append(
				"| variant | updates/s (median) | ratio to bare | CPU µs/update | p50 latency | p99 latency | rounds |\n");
		out.append("|---|---:|---:|---:|---:|---:|---:|\n");
		double bare = median(Variant.BARE, RoundResult::updatesPerSecond);
		for (Variant variant : Variant.values()) {
			List<RoundResult> of = of(variant);
			if (of.isEmpty()) {
				continue;
			}
			double rate = median(variant, RoundResult::updatesPerSecond);
			out.append(String.format(Locale.ROOT, "| %s | %.0f | %.2f | %.0f | %s | %s | %d |%n", variant.label(), rate,
					rate / bare, median(variant, RoundResult::cpuMicrosPerUpdate),
					millis(median(variant, (r) -> r.p50().toNanos())),
					millis(median(variant, (r) -> r.p99().toNanos())), of.size()));
		}
		out.append("\nEvery round (in the order run):\n\n");
		out.append(
				"| # | variant | updates/s | CPU µs/update | elapsed | p50 | p99 | replied | missing | duplicates | strays |\n");
		out.append("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
		int n = 1;
		for (RoundResult round : this.rounds) {
			out.append(String.format(Locale.ROOT, "| %d | %s | %.0f | %.0f | %.1f s | %s | %s | %d | %d | %d | %d |%n",
					n++, round.variant().label(), round.updatesPerSecond(), round.cpuMicrosPerUpdate(),
					round.elapsed().toMillis() / 1000.0, millis(round.p50().toNanos()), millis(round.p99().toNanos()),
					round.replied(), round.missing(), round.duplicates(), round.unexpected()));
		}
		out.append("\n").append(verdict(bare)).append("\n\n").append(this.setup).append("\n");
		return out.toString();
	}

	private String verdict(double bare) {
		StringBuilder out = new StringBuilder();
		for (Variant variant : List.of(Variant.BOT_MEMORY, Variant.BOT_H2)) {
			if (of(variant).isEmpty()) {
				continue;
			}
			double ratio = median(variant, RoundResult::updatesPerSecond) / bare;
			out.append(String.format(Locale.ROOT, "- %s: %.2f of the bare library's throughput: %s the %.1f goal.%n",
					variant.label(), ratio, (ratio >= GOAL) ? "meets" : "MISSES", GOAL));
		}
		return out.toString().strip();
	}

	private List<RoundResult> of(Variant variant) {
		return this.rounds.stream().filter((r) -> r.variant() == variant).toList();
	}

	private double median(Variant variant, ToDoubleFunction<RoundResult> value) {
		List<Double> values = new ArrayList<>(of(variant).stream().map(value::applyAsDouble).toList());
		if (values.isEmpty()) {
			return Double.NaN;
		}
		values.sort(Comparator.naturalOrder());
		int middle = values.size() / 2;
		return (values.size() % 2 == 1) ? values.get(middle) : (values.get(middle - 1) + values.get(middle)) / 2;
	}

	private static String millis(double nanos) {
		return String.format(Locale.ROOT, "%.0f ms", Duration.ofNanos((long) nanos).toNanos() / 1e6);
	}

}
