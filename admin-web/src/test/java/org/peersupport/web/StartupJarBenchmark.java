package org.peersupport.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.peersupport.participants.Participant;
import org.peersupport.participants.ParticipantStatus;
import org.peersupport.sandbox.BotMessage;
import org.peersupport.sandbox.SandboxClient;
import org.peersupport.store.EmbeddedMongo;
import org.peersupport.store.StoreProperties;
import org.peersupport.web.support.ServiceJar;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Start-up as a person feels it: the time from {@code java -jar peer-support-bot.jar}
 * (sandbox mode, as {@link RestartJarTests} starts it) to the bot's answer to the first
 * {@code /start}, sent as soon as the sandbox takes it. On an empty data directory (a new
 * one each start) and on one holding onboarded participants with their conversations,
 * stored from this JVM through the embedded store on the file after a first start.
 * Several starts each, median reported; writes {@code target/startup.md}. Run only by the
 * {@code bench} profile:
 * {@code ./mvnw -B -pl admin-web -am -Pbench verify -Dtest=StartupJarBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * ({@code -Dtest} keeps bot-core's own bench profile from running its benchmarks).
 */
class StartupJarBenchmark {

	private static final String GREETING = "Hello! I’m the bot of a peer-support community.";

	private static final int STARTS = Integer.getInteger("bench.starts", 3);

	private static final int PARTICIPANTS = Integer.getInteger("bench.stored-participants", 10_000);

	private static final long FIRST_PARTICIPANT = 30_000_000L;

	@Test
	void timeFromJavaJarToTheFirstAnsweredStart() throws Exception {
		Path root = Path.of("target", "jar-bench", "run-" + System.nanoTime());
		List<Duration> empty = new ArrayList<>();
		for (int i = 0; i < STARTS; i++) {
			empty.add(timeToFirstAnswer(root.resolve("empty-" + i).resolve("data"), "empty-" + i, 900_000 + i));
		}
		Path seeded = root.resolve("seeded").resolve("data");
		ServiceJar.start(seeded, Map.of(), "seeded-first").stop();
		seed(seeded, PARTICIPANTS);
		long fileSize = Files.size(seeded.resolve(StoreProperties.DATA_FILE_NAME));
		List<Duration> full = new ArrayList<>();
		for (int i = 0; i < STARTS; i++) {
			full.add(timeToFirstAnswer(seeded, "seeded-" + i, 910_000 + i));
		}
		String table = String.format(Locale.ROOT,
				"Setup: java -jar %s in sandbox mode (default JVM flags), Java %s, %d cores; /start sent as soon as"
						+ " the sandbox accepts it; %d starts each, a fresh data directory for each empty start.%n%n"
						+ "| data directory | median | starts |%n|---|---:|---|%n| empty | %s | %s |%n"
						+ "| %d participants (file %.1f MB) | %s | %s |%n",
				ServiceJar.jar().getFileName(), System.getProperty("java.version"),
				Runtime.getRuntime().availableProcessors(), STARTS, seconds(median(empty)), all(empty), PARTICIPANTS,
				fileSize / 1048576.0, seconds(median(full)), all(full));
		System.out.println(table);
		Files.writeString(Path.of("target", "startup.md"), table);
	}

	/**
	 * Starts the jar, sends /start as soon as the sandbox takes it, waits for the
	 * greeting.
	 */
	private static Duration timeToFirstAnswer(Path dataDir, String name, long user) {
		long started = System.nanoTime();
		ServiceJar service = ServiceJar.launch(dataDir, Map.of(), name);
		try {
			SandboxClient users = new SandboxClient(service.sandboxUrl());
			await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(20)).ignoreExceptions().until(() -> {
				users.sendText(user, "/start", "en");
				return true;
			});
			await().atMost(Duration.ofMinutes(3))
				.pollInterval(Duration.ofMillis(20))
				.until(() -> users.messages(user)
					.stream()
					.map(BotMessage::text)
					.anyMatch((text) -> text != null && text.startsWith(GREETING)));
			return Duration.ofNanos(System.nanoTime() - started);
		}
		finally {
			service.stop();
		}
	}

	/**
	 * Stores onboarded participants and their finished onboarding conversations in the
	 * stopped service's data file, through the embedded store on a loopback port.
	 */
	private static void seed(Path dataDir, int count) {
		StoreProperties properties = StoreProperties.h2(dataDir, null, "peersupport")
			.withListen(StoreProperties.Listen.LOOPBACK);
		try (EmbeddedMongo store = EmbeddedMongo.start(properties);
				MongoClient client = MongoClients.create(store.connectionString())) {
			MongoTemplate mongo = new MongoTemplate(client, properties.database());
			Instant now = Instant.now();
			for (long from = FIRST_PARTICIPANT; from < FIRST_PARTICIPANT + count; from += 1_000) {
				List<Participant> participants = new ArrayList<>();
				List<Document> conversations = new ArrayList<>();
				for (long chat = from; chat < Math.min(FIRST_PARTICIPANT + count, from + 1_000); chat++) {
					participants.add(participant(chat, now));
					conversations.add(conversation(chat, now));
				}
				mongo.insert(participants, Participant.class);
				mongo.getCollection("conversations").insertMany(conversations);
			}
			assertThat(mongo.count(new Query(), Participant.class)).as("participants stored").isEqualTo(count);
		}
	}

	private static Participant participant(long chat, Instant at) {
		Map<String, Object> profile = new LinkedHashMap<>();
		profile.put("pseudonym", "Heron " + chat);
		profile.put("releaseDate", "14.03.2025");
		profile.put("needs", List.of("work", "housing"));
		profile.put("city", "Moscow");
		return new Participant(chat, "en", "women-after-prison", profile, ParticipantStatus.WAITING_FOR_GROUP,
				"onboarding@3", at, at, Participant.SCHEMA_VERSION);
	}

	/** A finished onboarding, as {@code conversation.Conversation} stores it. */
	private static Document conversation(long chat, Instant at) {
		Date when = Date.from(at);
		Document fields = new Document("programme", "women-after-prison").append("locale", "en")
			.append("releaseDate", "14.03.2025")
			.append("needs", List.of("work", "housing"))
			.append("pseudonym", "Heron " + chat);
		return new Document("_id", chat).append("run", 1)
			.append("scriptId", "onboarding")
			.append("scriptVersion", 3)
			.append("stepId", "done")
			.append("locale", "en")
			.append("fields", fields)
			.append("selection", List.of())
			.append("rejections", 0)
			.append("status", "FINISHED")
			.append("consentVersion", "onboarding@3")
			.append("consentedAt", when)
			.append("lastUpdateId", 0L)
			.append("lastReceipt", "u" + chat + "-00000009")
			.append("startedAt", when)
			.append("lastActivityAt", when)
			.append("version", 9L)
			.append("schemaVersion", 2)
			.append("_class", "org.peersupport.conversation.Conversation");
	}

	private static Duration median(List<Duration> values) {
		List<Duration> sorted = values.stream().sorted().toList();
		return sorted.get(sorted.size() / 2);
	}

	private static String all(List<Duration> values) {
		return String.join(", ", values.stream().map(StartupJarBenchmark::seconds).toList());
	}

	private static String seconds(Duration duration) {
		return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
	}

}
