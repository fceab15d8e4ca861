package org.peersupport.e2e;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peersupport.leases.InstanceId;
import org.peersupport.messaging.Outbox;
import org.peersupport.messaging.Outgoing;
import org.peersupport.sandbox.EmulatorLimits;
import org.peersupport.sandbox.SandboxUsers;
import org.peersupport.sandbox.SentMessageListener;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoOperations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances on one store, as a deploy behind a load balancer runs them: every message
 * is handled once and answered once, each chat in order whichever instance stored or
 * handled its updates, the global send rate holds across both, and polling moves to the
 * other instance when the poller stops.
 */
class SeveralInstancesEndToEndTests {

	static final EmulatorFixture telegram = EmulatorFixture.start(EmulatorLimits.off());

	static final int USERS = 100;

	static final int MESSAGES = 10;

	static final long FIRST_USER = 70_000;

	static final int BURST = 300;

	static final int GLOBAL_PER_SECOND = 40;

	static final int GLOBAL_BURST = 5;

	/**
	 * How much later than it left the bot a call may reach the emulator on a busy
	 * machine.
	 */
	static final Duration ARRIVAL_JITTER = Duration.ofMillis(50);

	/** Limits low enough that one sender at full speed shows, two would break them. */
	static final Map<String, String> LIMITS = Map.of("peer.messaging.rate.global-per-second",
			Integer.toString(GLOBAL_PER_SECOND), "peer.messaging.rate.global-burst", Integer.toString(GLOBAL_BURST),
			"peer.messaging.rate.private-per-second", "20", "peer.messaging.rate.private-burst", "10");

	private final List<Long> sentAt = Collections.synchronizedList(new ArrayList<>());

	private final SentMessageListener timing = (chatId, message) -> this.sentAt.add(System.nanoTime());

	@BeforeEach
	void listen() {
		telegram.emulator().reset();
		telegram.emulator().addSentMessageListener(this.timing);
	}

	@AfterEach
	void stopListening() {
		telegram.emulator().removeSentMessageListener(this.timing);
	}

	@AfterAll
	static void stopEmulator() {
		telegram.close();
	}

	@Test
	void behindALoadBalancerBothInstancesTakeUpdatesAndEveryChatIsAnsweredOnceInOrder() throws Exception {
		try (TwoInstances instances = new TwoInstances()) {
			int portA = TwoInstances.freePort();
			int portB = TwoInstances.freePort();
			URI balancer = instances.balancer(List.of(webhook(portA), webhook(portB)));
			try (ConfigurableApplicationContext a = instances.webhook("a", telegram, balancer, portA, LIMITS);
					ConfigurableApplicationContext b = instances.webhook("b", telegram, balancer, portB, LIMITS)) {
				// A user's messages one after the other: the balancer gives them to both
				// instances in turn, so consecutive messages of a chat are stored by
				// different instances at nearly the same time.
				sendEachUsersMessagesInARow();
				awaitEveryChatAnswered(MESSAGES);
				assertEveryChatAnsweredOnceInOrder(MESSAGES);
				assertEachMessageHandledOnce();
				assertThat(handledBy("a")).as("updates handled by instance a").isPositive();
				assertThat(handledBy("b")).as("updates handled by instance b").isPositive();
				assertThat(telegram.emulator().stats().webhookDeliveries()).isGreaterThanOrEqualTo(USERS * MESSAGES);

				// Then a burst that the global limit must spread: 300 calls stored on
				// each
				// instance at once.
				this.sentAt.clear();
				Outbox outboxA = a.getBean(Outbox.class);
				Outbox outboxB = b.getBean(Outbox.class);
				for (int i = 0; i < BURST; i++) {
					long chat = FIRST_USER + (i % USERS);
					outboxA.put("burst-a", i, new Outgoing.SendMessage(chat, false, "note a" + i, List.of()));
					outboxB.put("burst-b", i, new Outgoing.SendMessage(chat, false, "note b" + i, List.of()));
				}
				await().atMost(Duration.ofSeconds(240)).until(() -> this.sentAt.size() >= 2 * BURST);
				assertSendRateWithinTheGlobalLimit(2 * BURST);
			}
		}
	}

	@Test
	void oneInstancePollsAndTheOtherTakesOverWhenItStopsWithNothingLostOrRepeated() {
		try (TwoInstances instances = new TwoInstances()) {
			ConfigurableApplicationContext a = instances.polling("a", telegram, LIMITS);
			ConfigurableApplicationContext b = instances.polling("b", telegram, LIMITS);
			try {
				MongoOperations mongo = b.getBean(MongoOperations.class);
				await().atMost(Duration.ofSeconds(30)).until(() -> pollerOwner(mongo) != null);
				boolean aPolls = a.getBean(InstanceId.class).value().equals(pollerOwner(mongo));
				ConfigurableApplicationContext poller = aPolls ? a : b;
				ConfigurableApplicationContext standby = aPolls ? b : a;
				String standbyId = standby.getBean(InstanceId.class).value();
				MongoOperations survivorMongo = standby.getBean(MongoOperations.class);

				int half = MESSAGES / 2;
				send(0, half);
				await().atMost(Duration.ofSeconds(120)).until(() -> answered() >= USERS);
				poller.close();
				long stopped = System.nanoTime();
				send(half, MESSAGES);
				await().atMost(Duration.ofSeconds(30)).until(() -> standbyId.equals(pollerOwner(survivorMongo)));
				assertThat(Duration.ofNanos(System.nanoTime() - stopped)).isLessThan(Duration.ofSeconds(30));

				awaitEveryChatAnswered(MESSAGES);
				assertEveryChatAnsweredOnceInOrder(MESSAGES);
				assertEveryMessageHandled();
				assertSendRateWithinTheGlobalLimit(USERS * MESSAGES);
			}
			finally {
				a.close();
				b.close();
			}
		}
	}

	private static URI webhook(int port) {
		return URI.create("http://127.0.0.1:" + port + "/telegram/webhook");
	}

	/** Each user sends messages {@code from} to {@code to}, users taking turns. */
	private static void send(int from, int to) {
		SandboxUsers users = telegram.emulator().users();
		for (int i = from; i < to; i++) {
			for (int user = 0; user < USERS; user++) {
				users.sendText(FIRST_USER + user, "m" + i, "en");
			}
		}
	}

	private static void sendEachUsersMessagesInARow() {
		SandboxUsers users = telegram.emulator().users();
		for (int user = 0; user < USERS; user++) {
			for (int i = 0; i < MESSAGES; i++) {
				users.sendText(FIRST_USER + user, "m" + i, "en");
			}
		}
	}

	private static long answered() {
		return IntStream.range(0, USERS).mapToLong((user) -> telegram.texts(FIRST_USER + user).size()).sum();
	}

	private static void awaitEveryChatAnswered(int messages) {
		await().atMost(Duration.ofSeconds(480)).until(() -> answered() >= (long) USERS * messages);
		// and nothing more comes (a reply sent twice would come late)
		await().during(Duration.ofSeconds(2))
			.atMost(Duration.ofSeconds(30))
			.until(() -> answered() == (long) USERS * messages);
	}

	private static void assertEveryChatAnsweredOnceInOrder(int messages) {
		List<String> expected = IntStream.range(0, messages).mapToObj((i) -> "echo m" + i).toList();
		for (int user = 0; user < USERS; user++) {
			assertThat(telegram.texts(FIRST_USER + user)).as("chat %d", FIRST_USER + user)
				.containsExactlyElementsOf(expected);
		}
	}

	private static void assertEachMessageHandledOnce() {
		Map<String, Long> runs = handlings();
		assertThat(runs).hasSize(USERS * MESSAGES);
		assertThat(runs.values()).allMatch((count) -> count == 1);
	}

	private static void assertEveryMessageHandled() {
		// A handling cut short by the stop may run again on the other instance (handlers
		// are idempotent: its reply keeps its id and is sent once, as checked above).
		assertThat(handlings()).hasSize(USERS * MESSAGES);
	}

	/** How often each chat's message was handled, over both instances. */
	private static Map<String, Long> handlings() {
		return TwoInstances.HANDLED.stream()
			.map((line) -> line.substring(line.indexOf('|') + 1))
			.collect(Collectors.groupingBy(Function.identity(), HashMap::new, Collectors.counting()));
	}

	private static long handledBy(String instance) {
		return TwoInstances.HANDLED.stream().filter((line) -> line.startsWith(instance + "|")).count();
	}

	/**
	 * In no second did the bots together send more than the global limit and its burst.
	 * The times are taken where the emulator receives the calls, so two calls the bucket
	 * let through a little over a second apart can arrive a little under a second apart:
	 * the check allows the calls the limit lets through in {@link #ARRIVAL_JITTER} more
	 * (two, at 40/s), not a third instance's worth.
	 */
	private void assertSendRateWithinTheGlobalLimit(int sends) {
		List<Long> times;
		synchronized (this.sentAt) {
			times = new ArrayList<>(this.sentAt);
		}
		Collections.sort(times);
		int most = 0;
		int start = 0;
		for (int end = 0; end < times.size(); end++) {
			while (times.get(end) - times.get(start) >= Duration.ofSeconds(1).toNanos()) {
				start++;
			}
			most = Math.max(most, end - start + 1);
		}
		assertThat(times).hasSizeGreaterThanOrEqualTo(sends);
		int allowed = GLOBAL_PER_SECOND + GLOBAL_BURST
				+ (int) Math.ceil(GLOBAL_PER_SECOND * ARRIVAL_JITTER.toMillis() / 1000.0);
		assertThat(most).as("sends in the busiest second").isLessThanOrEqualTo(allowed);
	}

	private static String pollerOwner(MongoOperations mongo) {
		Document lease = mongo.findById("telegram-poller", Document.class, "leases");
		return (lease != null) ? lease.getString("owner") : null;
	}

}
