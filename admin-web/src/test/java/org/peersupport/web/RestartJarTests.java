package org.peersupport.web;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.peersupport.sandbox.BotApiEmulator;
import org.peersupport.sandbox.BotMessage;
import org.peersupport.sandbox.SandboxClient;
import org.peersupport.web.support.ProductionMode;
import org.peersupport.web.support.ServiceJar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The packaged service starts again on its own data directory after a clean stop and
 * after a kill, in sandbox mode and with a token, and the people it talked to before are
 * where they were. Run by failsafe once the jar is packaged.
 */
class RestartJarTests {

	private static final String GREETING = "Hello! I’m the bot of a peer-support community.";

	private static final String RESUME = "Let’s carry on where we stopped.";

	private static final long FIRST = 101;

	private static final long SECOND = 102;

	@Test
	void sandboxModeStartsAgainAfterACleanStop() {
		inSandboxMode("sandbox-stop", ServiceJar::stop);
	}

	@Test
	void sandboxModeStartsAgainAfterAKill() {
		inSandboxMode("sandbox-kill", ServiceJar::kill);
	}

	@Test
	void withATokenItStartsAgainAfterACleanStop() {
		withAToken("token-stop", ServiceJar::stop);
	}

	@Test
	void withATokenItStartsAgainAfterAKill() {
		withAToken("token-kill", ServiceJar::kill);
	}

	private void inSandboxMode(String name, Consumer<ServiceJar> end) {
		Path dataDir = dataDir(name);
		ServiceJar first = ServiceJar.start(dataDir, Map.of(), name + "-1");
		try {
			startsOnboarding(new SandboxClient(first.sandboxUrl()));
		}
		finally {
			end.accept(first);
		}
		ServiceJar second = ServiceJar.start(dataDir, Map.of(), name + "-2");
		try {
			// the emulator starts empty with the service: only what is said from now on
			isWhereItWas(new SandboxClient(second.sandboxUrl()), 0);
		}
		finally {
			second.stop();
		}
	}

	private void withAToken(String name, Consumer<ServiceJar> end) {
		String token = "4343:jar-token";
		Path dataDir = dataDir(name);
		try (BotApiEmulator telegram = ProductionMode.telegram(token)) {
			Map<String, String> environment = Map.of("TELEGRAM_BOT_TOKEN", token, "TELEGRAM_API_URL",
					telegram.baseUrl().toString());
			SandboxClient users = new SandboxClient(telegram.baseUrl());
			ServiceJar first = ServiceJar.start(dataDir, environment, name + "-1");
			try {
				startsOnboarding(users);
			}
			finally {
				end.accept(first);
			}
			int seenBefore = users.messages(FIRST).size();
			ServiceJar second = ServiceJar.start(dataDir, environment, name + "-2");
			try {
				isWhereItWas(users, seenBefore);
			}
			finally {
				second.stop();
			}
		}
	}

	/** The first person chooses English and agrees: their conversation is stored. */
	private static void startsOnboarding(SandboxClient users) {
		int seen = users.messages(FIRST).size();
		users.sendText(FIRST, "/start", "en");
		BotMessage greeting = awaitMessage(users, FIRST, seen, GREETING);
		users.press(FIRST, greeting.messageId(), dataOf(greeting, "English"));
		BotMessage consent = awaitMessage(users, FIRST, seen, "Before we begin");
		users.press(FIRST, consent.messageId(), dataOf(consent, "I agree"));
		awaitMessage(users, FIRST, seen, "Which programme");
	}

	/** A new person is greeted, and the first one carries on at the same question. */
	private static void isWhereItWas(SandboxClient users, int firstSeenBefore) {
		users.sendText(SECOND, "/start", "en");
		awaitMessage(users, SECOND, 0, GREETING);
		users.sendText(FIRST, "/start", "en");
		BotMessage resumed = awaitMessage(users, FIRST, firstSeenBefore, RESUME);
		List<Long> ids = users.messages(FIRST).stream().map(BotMessage::messageId).toList();
		awaitMessage(users, FIRST, ids.indexOf(resumed.messageId()) + 1, "Which programme");
	}

	/** Waits for the bot's message to the chat, from the index-th on, that starts so. */
	private static BotMessage awaitMessage(SandboxClient users, long chat, int from, String start) {
		BotMessage[] found = new BotMessage[1];
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
			List<BotMessage> messages = users.messages(chat);
			assertThat(messages.subList(Math.min(from, messages.size()), messages.size())).extracting(BotMessage::text)
				.anyMatch((text) -> text.startsWith(start));
			found[0] = messages.subList(from, messages.size())
				.stream()
				.filter((message) -> message.text().startsWith(start))
				.findFirst()
				.orElseThrow();
		});
		return found[0];
	}

	private static String dataOf(BotMessage message, String label) {
		return message.buttons()
			.stream()
			.flatMap(List::stream)
			.filter((button) -> button.text().equals(label))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no button " + label + " on " + message.text()))
			.data();
	}

	private static Path dataDir(String name) {
		return Path.of("target", "jar-tests", name + "-" + System.nanoTime(), "data");
	}

}
