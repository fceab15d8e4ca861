package org.peersupport.web;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.peersupport.sandbox.BotApiEmulator;
import org.peersupport.sandbox.SandboxClient;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the README promises: with no bot token the service runs the bot against the
 * built-in emulator on the configured port, and /start sent through the user API gets the
 * bot's greeting.
 */
@SpringBootTest
class SandboxModeTests {

	static final int SANDBOX_PORT = freePort();

	@Autowired
	BotApiEmulator emulator;

	@DynamicPropertySource
	static void sandboxPort(DynamicPropertyRegistry registry) {
		registry.add("peer.sandbox.port", () -> SANDBOX_PORT);
	}

	@Test
	void withoutATokenTheBotAnswersStartThroughTheSandboxUserApi() {
		assertThat(this.emulator.port()).isEqualTo(SANDBOX_PORT);
		SandboxClient user = new SandboxClient(this.emulator.baseUrl());
		user.sendText(77, "/start", "en");
		await().atMost(Duration.ofSeconds(20)).until(() -> !user.messages(77).isEmpty());
		assertThat(user.messages(77).get(0).text()).isNotBlank();
		assertThat(user.messages(77).get(0).buttonData()).isNotEmpty();
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
