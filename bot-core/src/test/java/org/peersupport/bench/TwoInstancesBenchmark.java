package org.peersupport.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.peersupport.sandbox.BotApiEmulator;
import org.peersupport.sandbox.EmulatorLimits;
import org.peersupport.sandbox.EmulatorSettings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One instance against two on one store, same run, run only with {@code -Pbench}: each
 * round starts a fresh MongoDB-compatible server (mongo-java-server, memory backend,
 * reached by URI as an external MongoDB is, so the instances' leases are on), one or two
 * bot instances on it, and sends the same burst (1,000 users × 10 texts) and then a
 * steady 200 updates/s for 20 s. Both instances run in this JVM on this machine's cores:
 * the figures show what the coordination between instances costs, not what a second
 * machine would add. Writes {@code target/two-instances.md}.
 */
class TwoInstancesBenchmark {

	private static final Logger log = LoggerFactory.getLogger(TwoInstancesBenchmark.class);

	private static final String TOKEN = "4242:bench-token";

	private static final int USERS = Integer.getInteger("bench.users", 1000);

	private static final int PER_USER = Integer.getInteger("bench.messages", 10);

	private static final int ROUNDS = Integer.getInteger("bench.rounds", 2);

	private static final int STEADY_RATE = Integer.getInteger("bench.steady-rate", 200);

	private static final int STEADY_SECONDS = Integer.getInteger("bench.steady-seconds", 20);

	@Test
	void oneInstanceAgainstTwoOnOneStore() throws Exception {
		String loadBefore = BenchReport.loadAverage();
		List<Row> rows = new ArrayList<>();
		try (BotApiEmulator emulator = BotApiEmulator
			.start(EmulatorSettings.defaults(TOKEN).withLimits(EmulatorLimits.off()))) {
			// warm-up, not reported
			round(emulator, 2, 1);
			for (int i = 0; i < ROUNDS; i++) {
				for (int instances : List.of(1, 2)) {
					rows.addAll(round(emulator, instances, i + 1));
				}
			}
		}
		String markdown = markdown(rows,
				"load average " + loadBefore + " before, " + BenchReport.loadAverage() + " after (1 min)");
		System.out.println(markdown);
		Files.writeString(Path.of("target", "two-instances.md"), markdown);
		assertThat(rows).as("every message echoed exactly once, nothing else sent")
			.allSatisfy((row) -> assertThat(row.result.complete()).as(row.toString()).isTrue());
	}

	private List<Row> round(BotApiEmulator emulator, int instances, int round) throws Exception {
		emulator.reset();
		MongoServer store = new MongoServer(new MemoryBackend());
		store.bind("127.0.0.1", 0);
		String uri = "mongodb://127.0.0.1:" + store.getLocalAddress().getPort() + "/peer";
		List<FullBot> bots = new ArrayList<>();
		try {
			long polls = emulator.stats().requests("getUpdates");
			for (int i = 0; i < instances; i++) {
				bots.add(FullBot.onStore(emulator, TOKEN, uri));
			}
			await().atMost(Duration.ofSeconds(60)).until(() -> emulator.stats().requests("getUpdates") > polls);
			QuietJit.await(Duration.ofMillis(500), 0.05, Duration.ofSeconds(30));
			EchoLoad burst = EchoLoad.listen(emulator, USERS, PER_USER, EchoLoad.FIRST_USER);
			burst.inject();
			burst.awaitReplies(Duration.ofSeconds(180));
			RoundResult burstResult = burst.finish(Variant.BOT_MEMORY);
			EchoLoad steady = EchoLoad.listen(emulator, USERS, Math.max(1, STEADY_RATE * STEADY_SECONDS / USERS),
					EchoLoad.FIRST_USER + USERS);
			steady.injectSteadily(STEADY_RATE);
			steady.awaitReplies(Duration.ofSeconds(STEADY_SECONDS + 120L));
			Thread.sleep(1000);
			RoundResult steadyResult = steady.finish(Variant.BOT_MEMORY);
			log.warn("Round {}, {} instance(s): burst {} updates/s p99 {} ms; steady p99 {} ms", round, instances,
					Math.round(burstResult.updatesPerSecond()), burstResult.p99().toMillis(),
					steadyResult.p99().toMillis());
			return List.of(new Row(round, instances, "burst " + USERS + " × " + PER_USER, burstResult),
					new Row(round, instances, "steady " + STEADY_RATE + "/s", steadyResult));
		}
		finally {
			for (FullBot bot : bots) {
				bot.close();
			}
			store.shutdownNow();
		}
	}

	private static String markdown(List<Row> rows, String load) {
		StringBuilder out = new StringBuilder();
		out.append("Load: ").append(load).append("\n\n");
		out.append("| round | instances | load | updates/s | p50 | p99 | max | CPU µs/update | missing | duplicates "
				+ "| strays |\n");
		out.append("|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
		for (Row row : rows) {
			RoundResult r = row.result;
			out.append(String.format(Locale.ROOT,
					"| %d | %d | %s | %.0f | %d ms | %d ms | %d ms | %.0f | %d | %d | %d |%n", row.round, row.instances,
					row.load, r.updatesPerSecond(), r.p50().toMillis(), r.p99().toMillis(), r.max().toMillis(),
					r.cpuMicrosPerUpdate(), r.missing(), r.duplicates(), r.unexpected()));
		}
		Runtime runtime = Runtime.getRuntime();
		out.append(String.format(Locale.ROOT, "%nBoth instances in one JVM: Java %s, %d cores visible.%n",
				System.getProperty("java.version"), runtime.availableProcessors()));
		return out.toString();
	}

	private record Row(int round, int instances, String load, RoundResult result) {
	}

}
