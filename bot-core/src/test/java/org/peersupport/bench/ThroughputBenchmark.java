package org.peersupport.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.peersupport.messaging.MessagingProperties;
import org.peersupport.sandbox.BotApiEmulator;
import org.peersupport.sandbox.EmulatorLimits;
import org.peersupport.sandbox.EmulatorSettings;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The throughput benchmark, run only with {@code -Pbench}: simulated users each send
 * texts through the emulator (limits off); the bare TelegramBots library, the bot on the
 * memory store and the bot on H2 echo them, alternating round by round after a warm-up.
 * Prints a markdown table and writes it to {@code target/benchmarks.md}.
 */
class ThroughputBenchmark {

	private static final Logger log = LoggerFactory.getLogger(ThroughputBenchmark.class);

	private static final String TOKEN = "4242:bench-token";

	private static final int USERS = Integer.getInteger("bench.users", 1000);

	private static final int PER_USER = Integer.getInteger("bench.messages", 10);

	private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);

	private static final int WARMUP_USERS = Integer.getInteger("bench.warmup-users", 2000);

	/**
	 * The bare library's pool: 8 threads, its fastest on this machine (16, 32 and 64 cost
	 * it 10-20 % more CPU per message), so that the bot is measured against the bare
	 * library at its best, whatever the bot's own default.
	 */
	private static final int BARE_WORKERS = Integer.getInteger("bench.bare-workers", 8);

	/**
	 * Whether a round waits, after its consumer started, until the JIT compiler is quiet
	 * (-Dbench.settle=false measures right after the start, as the first runs did).
	 */
	private static final boolean SETTLE = Boolean.parseBoolean(System.getProperty("bench.settle", "true"));

	private static final Duration ROUND_TIMEOUT = Duration.ofSeconds(Long.getLong("bench.round-timeout-seconds", 120));

	/**
	 * Which variants run, in this order each round (e.g. -Dbench.variants=BOT_MEMORY to
	 * profile one).
	 */
	private static final List<Variant> ORDER = Arrays
		.stream(System.getProperty("bench.variants", "BARE,BOT_MEMORY,BOT_H2").split(","))
		.map(String::strip)
		.map(Variant::valueOf)
		.toList();

	@Test
	void botKeepsUpWithTheBareLibrary() throws Exception {
		int workers = BARE_WORKERS;
		Path scratch = Files.createDirectories(Path.of("target", "bench-data"));
		String loadBefore = BenchReport.loadAverage();
		List<RoundResult> measured = new ArrayList<>();
		try (BotApiEmulator emulator = BotApiEmulator
			.start(EmulatorSettings.defaults(TOKEN).withLimits(EmulatorLimits.off()))) {
			for (Variant variant : ORDER) {
				log.warn("Warm-up: {}", variant.label());
				round(emulator, variant, WARMUP_USERS, workers, scratch);
			}
			for (int i = 0; i < ROUNDS; i++) {
				for (Variant variant : ORDER) {
					RoundResult result = round(emulator, variant, USERS, workers, scratch);
					log.warn("Round {}: {} {} updates/s, {} CPU µs per update", i + 1, variant.label(),
							String.format(Locale.ROOT, "%.0f", result.updatesPerSecond()),
							String.format(Locale.ROOT, "%.0f", result.cpuMicrosPerUpdate()));
					measured.add(result);
				}
			}
		}
		String load = "load average " + loadBefore + " before, " + BenchReport.loadAverage() + " after (1 min)";
		String markdown = new BenchReport(measured, load, setup(workers)).markdown();
		System.out.println(markdown);
		Files.writeString(Path.of("target", "benchmarks.md"), markdown);
		assertThat(measured).as("every message echoed exactly once, nothing else sent")
			.allSatisfy((round) -> assertThat(round.complete()).as(round.toString()).isTrue());
	}

	private RoundResult round(BotApiEmulator emulator, Variant variant, int users, int workers, Path scratch)
			throws Exception {
		emulator.reset();
		long polls = emulator.stats().requests("getUpdates");
		EchoLoad load;
		try (AutoCloseable consumer = variant.start(emulator, TOKEN, workers, scratch)) {
			await().atMost(Duration.ofSeconds(60)).until(() -> emulator.stats().requests("getUpdates") > polls);
			if (SETTLE) {
				Duration settled = QuietJit.await(Duration.ofMillis(500), 0.05, Duration.ofSeconds(30));
				log.warn("{}: JIT settled after {} ms", variant.label(), settled.toMillis());
			}
			load = EchoLoad.listen(emulator, users, PER_USER);
			load.inject();
			if (!load.awaitReplies(ROUND_TIMEOUT)) {
				log.warn("{}: not every message was echoed within {}", variant.label(), ROUND_TIMEOUT);
			}
		}
		return load.finish(variant);
	}

	private static int defaultWorkers() {
		return Binder.get(new StandardEnvironment())
			.bindOrCreate("peer.messaging", MessagingProperties.class)
			.workers();
	}

	private static String setup(int workers) {
		Runtime runtime = Runtime.getRuntime();
		return String.format(Locale.ROOT,
				"Setup: %d users x %d messages per round, %d rounds per variant after a warm-up of %d users;"
						+ " the bare library on %d threads, the bot on its %d workers; Java %s (%s), %d cores visible,"
						+ " max heap %d MB, %s %s.",
				USERS, PER_USER, ROUNDS, WARMUP_USERS, workers, defaultWorkers(), System.getProperty("java.version"),
				System.getProperty("java.vm.name"), runtime.availableProcessors(), runtime.maxMemory() >> 20,
				System.getProperty("os.name"), System.getProperty("os.arch"));
	}

}
