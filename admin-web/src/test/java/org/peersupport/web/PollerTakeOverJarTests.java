package org.peersupport.web;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.peersupport.sandbox.BotApiEmulator;
import org.peersupport.sandbox.SandboxClient;
import org.peersupport.web.support.ProductionMode;
import org.peersupport.web.support.ServiceJar;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two packaged services on one MongoDB, polling Telegram: one polls, the other stands by.
 * The poller is killed ({@code kill -9}, so its lease is never released) and the other
 * takes polling over within 30 s; every person's message before and after is answered
 * once. Run by failsafe once the jar is packaged.
 */
class PollerTakeOverJarTests {

	private static final String TOKEN = "4444:take-over-token";

	private static final String GREETING = "Hello! I’m the bot of a peer-support community.";

	private static final int PEOPLE = 20;

	private static final long FIRST = 5_000;

	@Test
	void whenThePollerIsKilledTheOtherInstanceTakesOverWithin30SecondsWithNothingLost() {
		MongoServer store = new MongoServer(new MemoryBackend());
		store.bind("127.0.0.1", 0);
		String uri = "mongodb://127.0.0.1:" + store.getLocalAddress().getPort() + "/peer";
		Path base = Path.of("target", "jar-tests", "take-over-" + System.nanoTime());
		try (BotApiEmulator telegram = ProductionMode.telegram(TOKEN); MongoClient client = MongoClients.create(uri)) {
			Map<String, String> environment = Map.of("TELEGRAM_BOT_TOKEN", TOKEN, "TELEGRAM_API_URL",
					telegram.baseUrl().toString(), "MONGODB_URI", uri);
			SandboxClient users = new SandboxClient(telegram.baseUrl());
			ServiceJar first = ServiceJar.start(base.resolve("a").resolve("data"), environment, "a");
			ServiceJar second = null;
			try {
				// the first one up takes the poller's lease; the second stands by
				await().atMost(Duration.ofSeconds(60)).until(() -> pollerOwner(client) != null);
				String firstOwner = pollerOwner(client);
				second = ServiceJar.start(base.resolve("b").resolve("data"), environment, "b");

				for (long person = FIRST; person < FIRST + PEOPLE / 2; person++) {
					users.sendText(person, "/start", "en");
				}
				awaitGreeted(users, FIRST, FIRST + PEOPLE / 2);
				assertThat(pollerOwner(client)).as("the first instance still polls").isEqualTo(firstOwner);

				first.kill();
				long killed = System.nanoTime();
				for (long person = FIRST + PEOPLE / 2; person < FIRST + PEOPLE; person++) {
					users.sendText(person, "/start", "en");
				}
				await().atMost(Duration.ofSeconds(45))
					.pollInterval(Duration.ofMillis(200))
					.until(() -> pollerOwner(client) != null && !firstOwner.equals(pollerOwner(client)));
				assertThat(Duration.ofNanos(System.nanoTime() - killed)).as("time until the other instance polls")
					.isLessThan(Duration.ofSeconds(30));

				awaitGreeted(users, FIRST, FIRST + PEOPLE);
				// and nobody is greeted twice, even later
				await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(30)).until(() -> {
					for (long person = FIRST; person < FIRST + PEOPLE; person++) {
						if (greetings(users, person) != 1) {
							return false;
						}
					}
					return true;
				});
			}
			finally {
				first.kill();
				if (second != null) {
					second.stop();
				}
			}
		}
		finally {
			store.shutdownNow();
		}
	}

	private static void awaitGreeted(SandboxClient users, long from, long to) {
		await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
			for (long person = from; person < to; person++) {
				assertThat(greetings(users, person)).as("greetings to %d", person).isEqualTo(1);
			}
		});
	}

	private static long greetings(SandboxClient users, long person) {
		return users.messages(person).stream().filter((message) -> message.text().startsWith(GREETING)).count();
	}

	private static String pollerOwner(MongoClient client) {
		Document lease = client.getDatabase("peer")
			.getCollection("leases")
			.find(new Document("_id", "telegram-poller"))
			.first();
		return (lease == null || lease.getDate("until") == null || lease.getDate("until").before(new java.util.Date()))
				? null : lease.getString("owner");
	}

}
