package org.peersupport.e2e;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.peersupport.BotTestApplication;
import org.peersupport.sandbox.SandboxUsers;
import org.peersupport.store.EmbeddedMongo;
import org.peersupport.store.StoreProperties;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The store unavailable for a while: nothing is lost, and every message gets exactly one
 * answer once it is back.
 */
@SpringBootTest(classes = BotTestApplication.class, properties = "peer.messaging.retry-initial=100ms")
@Import(StoreOutageTests.Echo.class)
class StoreOutageTests {

	static final EmulatorFixture telegram = EmulatorFixture.start();

	static final EmbeddedMongo store = EmbeddedMongo.start(StoreProperties.inMemory("outage"));

	static final TcpProxy proxy = startProxy();

	@DynamicPropertySource
	static void storeBehindTheProxy(DynamicPropertyRegistry registry) {
		telegram.register(registry);
		registry.add("spring.mongodb.uri", () -> "mongodb://127.0.0.1:" + proxy.port()
				+ "/outage?serverSelectionTimeoutMS=1000&connectTimeoutMS=1000&socketTimeoutMS=3000");
	}

	@AfterAll
	static void stopAll() throws Exception {
		proxy.close();
		store.close();
		telegram.close();
	}

	@Test
	void messagesSentWhileTheStoreIsDownAreAnsweredOnceWhenItIsBack() throws Exception {
		SandboxUsers users = telegram.emulator().users();
		List<Long> chats = List.of(1201L, 1202L, 1203L);
		send(users, chats, 0, 2);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> chats.stream().allMatch((c) -> telegram.texts(c).size() == 2));

		proxy.cut();
		send(users, chats, 2, 5);
		await().during(Duration.ofSeconds(2))
			.atMost(Duration.ofSeconds(5))
			.until(() -> chats.stream().allMatch((c) -> telegram.texts(c).size() == 2));
		proxy.restore();

		List<String> expected = IntStream.range(0, 5).mapToObj((i) -> "echo m" + i).toList();
		await().atMost(Duration.ofSeconds(60))
			.until(() -> chats.stream().allMatch((c) -> telegram.texts(c).size() >= 5));
		await().during(Duration.ofSeconds(1))
			.until(() -> chats.stream().allMatch((c) -> telegram.texts(c).size() == 5));
		for (long chat : chats) {
			assertThat(telegram.texts(chat)).as("chat %d", chat).containsExactlyElementsOf(expected);
		}
	}

	private static void send(SandboxUsers users, List<Long> chats, int from, int to) {
		for (int i = from; i < to; i++) {
			for (long chat : chats) {
				users.sendText(chat, "m" + i, "en");
			}
		}
	}

	private static TcpProxy startProxy() {
		try {
			return new TcpProxy(URI.create(store.connectionString()).getPort());
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@TestConfiguration
	static class Echo {

		@Bean
		EchoConversation echoConversation() {
			return new EchoConversation();
		}

	}

}
