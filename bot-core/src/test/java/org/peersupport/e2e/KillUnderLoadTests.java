package org.peersupport.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peersupport.sandbox.EmulatorLimits;
import org.peersupport.sandbox.SandboxUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A real {@code kill -9} of the bot's process in the middle of a load: after a restart
 * every message is answered, and the only repeats are sends that were in flight at the
 * kill.
 */
class KillUnderLoadTests {

	private static final int USERS = 30;

	private static final int MESSAGES = 10;

	private static final int SEND_WORKERS = 8;

	/** Sends on the wire or not yet recorded as sent: what a kill may repeat. */
	private static final int UNRECORDED_SENDS = 8;

	private final EmulatorFixture telegram = EmulatorFixture.start(EmulatorLimits.off());

	private final List<Process> processes = new ArrayList<>();

	@TempDir
	Path dataDir;

	@AfterEach
	void cleanUp() {
		this.processes.forEach(Process::destroyForcibly);
		this.telegram.close();
	}

	@Test
	void afterAKillInTheMiddleOfALoadEveryMessageIsAnsweredAndRepeatsAreOnlyInFlightSends() throws Exception {
		SandboxUsers users = this.telegram.emulator().users();
		Process first = startBot();
		Thread load = new Thread(() -> {
			for (int i = 0; i < MESSAGES; i++) {
				for (int user = 1; user <= USERS; user++) {
					users.sendText(900 + user, "m" + i, "en");
				}
			}
		});
		load.start();
		await().atMost(Duration.ofSeconds(60)).until(() -> answered() >= USERS * MESSAGES / 4);
		first.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
		int answeredAtKill = answered();
		load.join();
		assertThat(answeredAtKill).as("the kill came in the middle of the load").isLessThan(USERS * MESSAGES);

		startBot();
		List<String> expected = IntStream.range(0, MESSAGES).mapToObj((i) -> "echo m" + i).toList();
		await().atMost(Duration.ofSeconds(90))
			.until(() -> IntStream.rangeClosed(1, USERS)
				.allMatch((user) -> new LinkedHashSet<>(this.telegram.texts(900 + user)).size() == MESSAGES));
		for (int user = 1; user <= USERS; user++) {
			List<String> texts = this.telegram.texts(900 + user);
			assertThat(new ArrayList<>(new LinkedHashSet<>(texts))).as("user %d, in order", user)
				.containsExactlyElementsOf(expected);
		}
		int repeats = answered() - USERS * MESSAGES;
		assertThat(repeats).as("repeats are at most the sends in flight at the kill").isBetween(0, UNRECORDED_SENDS);
	}

	private int answered() {
		return IntStream.rangeClosed(1, USERS).map((user) -> this.telegram.texts(900 + user).size()).sum();
	}

	private Process startBot() throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-cp",
						System.getProperty("java.class.path"), BotChildProcess.class.getName()));
		this.telegram.botProperties().forEach((key, value) -> command.add("--" + key + "=" + value));
		command.add("--peer.store.embedded=h2");
		command.add("--peer.store.data-dir=" + this.dataDir);
		command.add("--peer.messaging.rate.enabled=false");
		command.add("--peer.messaging.workers=" + SEND_WORKERS);
		command.add("--peer.messaging.unrecorded-sends=" + UNRECORDED_SENDS);
		command.add("--logging.level.root=WARN");
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		this.processes.add(process);
		CountDownLatch ready = new CountDownLatch(1);
		Thread reader = new Thread(() -> {
			try (BufferedReader lines = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = lines.readLine()) != null) {
					if (line.contains(BotChildProcess.READY)) {
						ready.countDown();
					}
				}
			}
			catch (IOException ex) {
				// The process was killed; its output ends here.
			}
		});
		reader.setDaemon(true);
		reader.start();
		assertThat(ready.await(60, TimeUnit.SECONDS)).as("the bot process started").isTrue();
		return process;
	}

}
