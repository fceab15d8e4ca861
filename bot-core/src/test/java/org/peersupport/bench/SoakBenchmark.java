package org.peersupport.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.peersupport.participants.Participant;
import org.peersupport.sandbox.BotApiEmulator;
import org.peersupport.sandbox.EmulatorLimits;
import org.peersupport.sandbox.EmulatorSettings;
import org.peersupport.store.EmbeddedMongo;
import org.peersupport.store.StoreProperties;
import org.peersupport.testing.MutableClock;

import org.springframework.data.mongodb.core.MongoOperations;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A simulated month of an NGO's traffic on the H2 data file, run only with
 * {@code -Pbench} ({@code -Dtest=SoakBenchmark}): participants write through the emulator
 * to the whole bot (its echo conversation answers) during the active hours of each day, a
 * few of them erase themselves with {@code /forget} and new ones join, the bot's jobs
 * (retention among them) run once a day, and the night is idle. The bot's clock is a
 * mutable one that the harness moves an hour at a time, so the store's rewrites (after a
 * removal, and on their interval) fall where they would. Records, per day, the data
 * file's size at the end of the day's traffic and after the night, the live documents and
 * their BSON size, and the rewrites. Writes {@code target/soak.md}. Fails only if an echo
 * is lost or repeated, or an erasure leaves the person's records.
 */
class SoakBenchmark {

	private static final Logger log = LoggerFactory.getLogger(SoakBenchmark.class);

	private static final int PARTICIPANTS = Integer.getInteger("bench.participants", 200);

	private static final int MESSAGES_PER_DAY = Integer.getInteger("bench.messages-per-day", 20);

	private static final int DAYS = Integer.getInteger("bench.days", 30);

	private static final int FORGETS_PER_DAY = Integer.getInteger("bench.forgets-per-day", 3);

	private static final int ACTIVE_HOURS = Integer.getInteger("bench.active-hours", 10);

	private static final Duration BATCH_TIMEOUT = Duration.ofSeconds(120);

	private static final long FIRST_CHAT = 20_000_000L;

	/** About the length of a short chat message; neutral words only. */
	private static final String FILLER = "went to the job centre today, they want the form signed by next week";

	@Test
	void aMonthOfTrafficOnTheDataFile() throws Exception {
		Path dataDir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "bench-data")), "soak-");
		MutableClock clock = new MutableClock(Instant.parse("2026-01-05T08:00:00Z"));
		List<SoakDay> days = new ArrayList<>();
		long started = System.nanoTime();
		int failedJobs = 0;
		int lost = 0;
		int repeated = 0;
		try (BotApiEmulator emulator = BotApiEmulator
			.start(EmulatorSettings.defaults(SoakBot.TOKEN).withLimits(EmulatorLimits.off()));
				SoakBot bot = SoakBot.start(emulator, dataDir, clock);
				Echoes echoes = new Echoes(emulator)) {
			MongoOperations mongo = bot.bean(MongoOperations.class);
			EmbeddedMongo store = bot.bean(EmbeddedMongo.class);
			Path file = dataDir.resolve(StoreProperties.DATA_FILE_NAME);
			Deque<Long> roster = new ArrayDeque<>();
			long[] next = { FIRST_CHAT };
			join(mongo, roster, next, PARTICIPANTS, clock.instant());
			for (int day = 0; day < DAYS; day++) {
				days.add(day(day, bot, mongo, store, file, roster, next, clock, echoes));
				log.warn("Soak: {}", days.get(days.size() - 1));
			}
			failedJobs = bot.failedJobRuns();
			lost = echoes.missing();
			repeated = echoes.repeated();
		}
		finally {
			org.springframework.util.FileSystemUtils.deleteRecursively(dataDir);
		}
		String table = SoakDay.markdown(days, setup(Duration.ofNanos(System.nanoTime() - started), failedJobs));
		System.out.println(table);
		Files.writeString(Path.of("target", "soak.md"), table);
		assertThat(lost).as("echoes lost").isZero();
		assertThat(repeated).as("echoes repeated or stray").isZero();
	}

	private static SoakDay day(int day, SoakBot bot, MongoOperations mongo, EmbeddedMongo store, Path file,
			Deque<Long> roster, long[] next, MutableClock clock, Echoes echoes) throws Exception {
		long dayStarted = System.nanoTime();
		long rewritesAtStart = store.rewrites();
		int echoedAtStart = echoes.echoed();
		int erased = 0;
		for (int hour = 0; hour < ACTIVE_HOURS; hour++) {
			if (hour == ACTIVE_HOURS / 2) {
				erased = forgetAndReplace(bot, mongo, roster, next, clock.instant());
			}
			int from = MESSAGES_PER_DAY * hour / ACTIVE_HOURS;
			int to = MESSAGES_PER_DAY * (hour + 1) / ACTIVE_HOURS;
			for (int n = from; n < to; n++) {
				for (long chat : roster) {
					echoes.send(chat, "d" + day + " n" + n + " " + FILLER);
				}
			}
			echoes.awaitAll(BATCH_TIMEOUT);
			clock.advance(Duration.ofHours(1));
		}
		long rewritesInTraffic = store.rewrites() - rewritesAtStart;
		long fileAfterTraffic = Files.size(file);
		bot.runJobs(Duration.ofMinutes(2));
		long rewritesBeforeNight = store.rewrites();
		clock.advance(Duration.ofHours(24 - ACTIVE_HOURS));
		boolean idleRewrite = bot.awaitRewrite(rewritesBeforeNight, Duration.ofSeconds(30));
		LiveData live = LiveData.of(mongo);
		return new SoakDay(day + 1, roster.size(), echoes.echoed() - echoedAtStart, erased, fileAfterTraffic,
				Files.size(file), live.documents(), live.bytes(), rewritesInTraffic,
				idleRewrite ? store.rewrites() - rewritesBeforeNight : 0, store.rewrites(),
				(System.nanoTime() - dayStarted) / 1e9);
	}

	/**
	 * The first few on the roster erase themselves through {@code /forget}; as many new
	 * participants join, so the programme keeps its size.
	 */
	private static int forgetAndReplace(SoakBot bot, MongoOperations mongo, Deque<Long> roster, long[] next,
			Instant now) {
		int erased = Math.min(FORGETS_PER_DAY, roster.size());
		for (int i = 0; i < erased; i++) {
			long chat = roster.removeFirst();
			bot.forget(chat);
			assertThat(mongo.findById(chat, Participant.class)).as("participant after /forget").isNull();
			assertThat(mongo.getCollection("conversations").countDocuments(new org.bson.Document("_id", chat)))
				.as("conversation after /forget")
				.isZero();
		}
		join(mongo, roster, next, erased, now);
		return erased;
	}

	private static void join(MongoOperations mongo, Deque<Long> roster, long[] next, int count, Instant now) {
		People.participants(mongo, next[0], count, now);
		for (int i = 0; i < count; i++) {
			roster.addLast(next[0]++);
		}
	}

	private static String setup(Duration took, int failedJobs) {
		return String.format(Locale.ROOT,
				"Setup: %d participants x %d messages a day over %d active hours, %d /forget a day (each replaced by a"
						+ " new participant), %d simulated days; jobs once a day; rewrite delay %s, interval %s;"
						+ " %d job runs failed; %d cores; Java %s; load average %s; run took %d s.",
				PARTICIPANTS, MESSAGES_PER_DAY, ACTIVE_HOURS, FORGETS_PER_DAY, DAYS,
				StoreProperties.DEFAULT_REWRITE_DELAY, StoreProperties.DEFAULT_REWRITE_INTERVAL, failedJobs,
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
				BenchReport.loadAverage(), took.toSeconds());
	}

}
