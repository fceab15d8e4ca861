package org.peersupport.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.peersupport.participants.Volunteer;
import org.peersupport.participants.VolunteerStatus;
import org.peersupport.participants.Volunteers;
import org.peersupport.requests.HelpRequest;
import org.peersupport.requests.HelpRequests;
import org.peersupport.requests.RequestCreated;
import org.peersupport.requests.RequestStatus;
import org.peersupport.requests.Urgency;
import org.peersupport.sandbox.BotApiEmulator;
import org.peersupport.sandbox.BotMessage;
import org.peersupport.sandbox.EmulatorLimits;
import org.peersupport.sandbox.EmulatorSettings;
import org.peersupport.sandbox.SentUpdate;
import org.peersupport.testing.Race;

import org.springframework.data.mongodb.core.MongoOperations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The claim race, many times: {@code bench.requests} requests (200), each offered
 * to {@code bench.volunteers} volunteers (50) in one wave, and for each request all of
 * them press "Take it" at the same moment. Counts the winners per request (must be 1) and
 * measures from a press to the bot's answer to it (answerCallbackQuery, as the emulator
 * records it). Memory store, or H2 with {@code -Dbench.store=h2}; the bot's own rate
 * limiter and the emulator's limits off (10,000 answers and edits would otherwise wait
 * for Telegram's 30 messages a second). Run with
 * {@code -Pbench -Dtest=ClaimRaceBenchmark}; writes {@code target/claim-race-bench.md}.
 */
class ClaimRaceBenchmark {

	private static final String TOKEN = "4242:bench-token";

	private static final int REQUESTS = Integer.getInteger("bench.requests", 200);

	private static final int VOLUNTEERS = Integer.getInteger("bench.volunteers", 50);

	private static final long FIRST_VOLUNTEER = 800_000;

	private static final long FIRST_PARTICIPANT = 900_000;

	private static final String PROGRAMME = "women-after-prison";

	@Test
	void fiftyPressesOnEachOfTwoHundredRequests() throws Exception {
		Map<String, Long> pressedAt = new ConcurrentHashMap<>();
		ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
		Path dataDir = "h2".equals(System.getProperty("bench.store")) ? Files.createTempDirectory("claim-race") : null;
		try (BotApiEmulator emulator = BotApiEmulator
			.start(EmulatorSettings.defaults(TOKEN).withLimits(EmulatorLimits.off()));
				FullBot bot = FullBot.start(emulator, TOKEN, dataDir, false,
						List.of("--peer.requests.first-wave=" + VOLUNTEERS))) {
			emulator.addAnswerListener((userId, answer) -> {
				Long start = pressedAt.remove(userId + ":" + answer.messageId());
				if (start != null) {
					latencies.add(System.nanoTime() - start);
				}
			});
			Volunteers volunteers = bot.bean(Volunteers.class);
			HelpRequests requests = bot.bean(HelpRequests.class);
			Instant now = Instant.now();
			for (int i = 0; i < VOLUNTEERS; i++) {
				long chatId = FIRST_VOLUNTEER + i;
				emulator.users().startedLongAgo(chatId, "en");
				volunteers.submit(new Volunteer("V-bench-" + i, chatId, "en", PROGRAMME,
						Map.of("realName", "Bench " + i, "skills", List.of("time", "mentor"), "languages",
								List.of("en"), "maxOpenRequests", REQUESTS, "quietHours", "none"),
						VolunteerStatus.APPROVED, "volunteer-signup@2", now, now, null, now, Volunteer.SCHEMA_VERSION));
			}
			int[] winners = new int[REQUESTS];
			long started = System.nanoTime();
			for (int r = 0; r < REQUESTS; r++) {
				long participant = FIRST_PARTICIPANT + r;
				emulator.users().startedLongAgo(participant, "en");
				HelpRequest request = requests.create("bench-" + r, participant, PROGRAMME, "other", Urgency.TODAY,
						"Someone to talk to", null, "en", false, Instant.now());
				bot.publish(new RequestCreated(request.id()));
				String offer = "🆕 Request No. " + request.number() + ":";
				Map<Long, BotMessage> offers = new HashMap<>();
				await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(5)).until(() -> {
					for (int i = 0; i < VOLUNTEERS; i++) {
						long chatId = FIRST_VOLUNTEER + i;
						if (!offers.containsKey(chatId)) {
							emulator.users()
								.messages(chatId)
								.stream()
								.filter((message) -> message.text() != null && message.text().startsWith(offer))
								.findFirst()
								.ifPresent((message) -> offers.put(chatId, message));
						}
					}
					return offers.size() == VOLUNTEERS;
				});
				List<Callable<SentUpdate>> presses = new ArrayList<>();
				for (Map.Entry<Long, BotMessage> entry : offers.entrySet()) {
					BotMessage message = entry.getValue();
					String data = message.buttonData().get(0);
					presses.add(() -> {
						pressedAt.put(entry.getKey() + ":" + message.messageId(), System.nanoTime());
						return emulator.users().press(entry.getKey(), message.messageId(), data);
					});
				}
				Race.run(presses);
				int expected = (r + 1) * VOLUNTEERS;
				await().atMost(Duration.ofSeconds(60))
					.pollInterval(Duration.ofMillis(5))
					.until(() -> latencies.size() >= expected);
				HelpRequest after = requests.find(request.id()).orElseThrow();
				winners[r] = (after.status() == RequestStatus.CLAIMED) ? 1 : 0;
			}
			double seconds = (System.nanoTime() - started) / 1e9;
			long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
			long wrong = Arrays.stream(winners).filter((w) -> w != 1).count();
			long claimedRequests = bot.bean(MongoOperations.class)
				.getCollection("help_requests")
				.countDocuments(new Document("status", "CLAIMED"));
			long taken = 0;
			for (int i = 0; i < VOLUNTEERS; i++) {
				taken += emulator.users()
					.callbackAnswers(FIRST_VOLUNTEER + i)
					.stream()
					.filter((answer) -> answer.text() == null || !answer.text().contains("already taken"))
					.count();
			}
			String table = String
				.format(Locale.ROOT, "| store | requests | presses | requests taken | presses that won | "
						+ "press → answer p50 | p99 | max | seconds |%n|---|---:|---:|---:|---:|---:|---:|---:|---:|%n"
						+ "| %s | %d | %d | %d | %d | %.1f ms | %.1f ms | %.1f ms | %.1f |%n",
						(dataDir != null) ? "H2" : "memory", REQUESTS, sorted.length, claimedRequests - wrong, taken,
						percentile(sorted, 0.50), percentile(sorted, 0.99), sorted[sorted.length - 1] / 1e6, seconds);
			System.out.println(table);
			Files.writeString(Path.of("target", "claim-race-bench.md"), table);
			assertThat(wrong).isZero();
			assertThat(claimedRequests).isEqualTo(REQUESTS);
			assertThat(taken).isEqualTo(REQUESTS);
			assertThat(sorted).hasSize(REQUESTS * VOLUNTEERS);
		}
	}

	private static double percentile(long[] sorted, double share) {
		int index = (int) Math.ceil(share * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
	}

}
