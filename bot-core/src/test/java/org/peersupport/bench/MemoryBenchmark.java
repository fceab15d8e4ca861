package org.peersupport.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bot's memory with an NGO's people stored, run only with {@code -Pbench}
 * ({@code -Dtest=MemoryBenchmark}): for each store, a child JVM with default flags (as
 * {@code java -jar} runs) starts the whole bot, measures the heap after full collections
 * and the process's resident set empty, stores onboarded participants, approved
 * volunteers and their finished conversations through the bot's MongoOperations, and
 * measures again. Writes {@code target/memory.md}. Fails only if the child cannot store
 * or count the people.
 */
class MemoryBenchmark {

	private static final int PARTICIPANTS = Integer.getInteger("bench.stored-participants", 10_000);

	private static final int VOLUNTEERS = Integer.getInteger("bench.stored-volunteers", 1_000);

	@Test
	void heapAndResidentSetWithAnNgosPeopleStored() throws Exception {
		Path scratch = Files.createDirectories(Path.of("target", "bench-data"));
		List<String> rows = new ArrayList<>();
		for (String store : List.of("memory", "H2")) {
			Path dataDir = "H2".equals(store) ? Files.createTempDirectory(scratch, "memory-h2-") : null;
			try {
				long[] figures = probe(store, dataDir, scratch);
				rows.add(row(store, "empty", figures[0], figures[1], 0));
				rows.add(row(store, PARTICIPANTS + " participants, " + VOLUNTEERS + " volunteers", figures[2],
						figures[3], figures[2] - figures[0]));
			}
			finally {
				if (dataDir != null) {
					FileSystemUtils.deleteRecursively(dataDir);
				}
			}
		}
		StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
				"Setup: child JVM with default flags, Java %s, %d cores; heap used after three full collections"
						+ " (MemoryMXBean.gc()), VmRSS from /proc/self/status; the bot's echo conversation on the"
						+ " emulator, nothing else running in the child.%n%n",
				System.getProperty("java.version"), Runtime.getRuntime().availableProcessors()));
		out.append("| store | stored | heap after GC | RSS | heap per participant + volunteer |\n");
		out.append("|---|---|---:|---:|---:|\n");
		rows.forEach(out::append);
		String table = out.toString();
		System.out.println(table);
		Files.writeString(Path.of("target", "memory.md"), table);
	}

	private static String row(String store, String stored, long heap, long rss, long added) {
		String perPerson = (added == 0) ? ""
				: String.format(Locale.ROOT, "%.1f KB", added / 1024.0 / (PARTICIPANTS + VOLUNTEERS));
		return String.format(Locale.ROOT, "| %s | %s | %.0f MB | %.0f MB | %s |%n", store, stored, heap / 1048576.0,
				rss / 1048576.0, perPerson);
	}

	/** Runs {@link MemoryProbe} in a child JVM and returns its four figures. */
	private static long[] probe(String store, Path dataDir, Path scratch) throws Exception {
		Path log = scratch.resolve("memory-probe-" + store + ".log");
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
				MemoryProbe.class.getName(), (dataDir != null) ? dataDir.toString() : "memory",
				Integer.toString(PARTICIPANTS), Integer.toString(VOLUNTEERS))
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("the probe ended (see %s)", log).isTrue();
		assertThat(process.exitValue()).as("the probe's exit code (see %s)", log).isZero();
		String line = Files.readAllLines(log)
			.stream()
			.filter((l) -> l.startsWith("PROBE "))
			.reduce((first, second) -> second)
			.orElseThrow(() -> new AssertionError("no PROBE line in " + log));
		String[] parts = line.split(" ");
		return new long[] { Long.parseLong(parts[1]), Long.parseLong(parts[2]), Long.parseLong(parts[3]),
				Long.parseLong(parts[4]) };
	}

}
