package org.peersupport.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.peersupport.checkins.DueCheckIns;
import org.peersupport.participants.ParticipantOnboarded;
import org.peersupport.participants.Participants;
import org.peersupport.sandbox.BotApiEmulator;
import org.peersupport.sandbox.EmulatorLimits;
import org.peersupport.sandbox.EmulatorSettings;
import org.peersupport.sandbox.SentMessageListener;

import org.springframework.data.mongodb.core.MongoOperations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Check-ins due at once ({@code bench.checkins}, 3,000 by default) with Telegram's limits
 * on in the emulator and the bot's own limiter on: the achieved send rate as a share of
 * the global limit (30/s), 429s, prompts lost and prompts duplicated. Run with
 * {@code -Pbench -Dtest=CheckInsBenchmark}. Writes {@code target/checkins-bench.md}.
 */
class CheckInsBenchmark {

	private static final String TOKEN = "4242:bench-token";

	private static final int CHECK_INS = Integer.getInteger("bench.checkins", 3_000);

	private static final long FIRST = 500_000;

	private static final double GLOBAL_LIMIT = 30;

	@Test
	void checkInsDueAtOnce() throws Exception {
		Map<Long, AtomicInteger> prompts = new ConcurrentHashMap<>();
		AtomicLong first = new AtomicLong();
		AtomicLong last = new AtomicLong();
		SentMessageListener listener = (chatId, message) -> {
			if (message.text() != null && message.text().startsWith("How are you today?")) {
				long now = System.nanoTime();
				first.compareAndSet(0, now);
				last.set(now);
				prompts.computeIfAbsent(chatId, (id) -> new AtomicInteger()).incrementAndGet();
			}
		};
		try (BotApiEmulator emulator = BotApiEmulator
			.start(EmulatorSettings.defaults(TOKEN).withLimits(EmulatorLimits.telegramDefaults()));
				FullBot bot = FullBot.start(emulator, TOKEN, null, true)) {
			Participants participants = bot.bean(Participants.class);
			Instant now = Instant.now();
			for (long chatId = FIRST; chatId < FIRST + CHECK_INS; chatId++) {
				emulator.users().startedLongAgo(chatId, "en");
				participants.recordConsent(chatId, "en", "onboarding@3", now);
				participants.completeOnboarding(chatId, "recovery", Map.of("pseudonym", "P" + chatId), now);
				bot.publish(new ParticipantOnboarded(chatId, "recovery", now));
			}
			bot.bean(MongoOperations.class)
				.getCollection("check_in_schedules")
				.updateMany(new Document(), new Document("$set", new Document("nextRunAt", Date.from(Instant.now()))));
			emulator.addSentMessageListener(listener);

			int stored = bot.bean(DueCheckIns.class).sendDue();
			await().atMost(Duration.ofSeconds(CHECK_INS / 10 + 60))
				.pollInterval(Duration.ofMillis(200))
				.until(() -> prompts.size() >= stored);
			// Three more seconds for a late duplicate to show.
			await().pollDelay(Duration.ofSeconds(3)).until(() -> true);

			double seconds = (last.get() - first.get()) / 1e9;
			double rate = (CHECK_INS - 1) / Math.max(seconds, 1e-9);
			long lost = CHECK_INS - prompts.size();
			long duplicated = prompts.values().stream().mapToInt(AtomicInteger::get).filter((n) -> n > 1).count();
			long tooMany = emulator.stats().tooManyRequests();
			String table = String.format(Locale.ROOT,
					"| check-ins | seconds | rate /s | share of 30/s | 429s | lost | duplicated |%n"
							+ "|---:|---:|---:|---:|---:|---:|---:|%n| %d | %.1f | %.1f | %.2f | %d | %d | %d |%n",
					CHECK_INS, seconds, rate, rate / GLOBAL_LIMIT, tooMany, lost, duplicated);
			System.out.println(table);
			Files.writeString(Path.of("target", "checkins-bench.md"), table);
			assertThat(stored).isEqualTo(CHECK_INS);
		}
	}

}
