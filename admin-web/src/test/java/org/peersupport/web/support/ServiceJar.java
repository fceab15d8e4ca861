package org.peersupport.web.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The packaged service ({@code java -jar admin-web/target/peer-support-bot.jar}, as the
 * README runs it) in a child process on free ports, with its output in a log file beside
 * its data directory.
 */
public final class ServiceJar {

	/** Variables of the test's own environment the service must not see. */
	private static final List<String> UNSET = List.of("TELEGRAM_BOT_TOKEN", "TELEGRAM_API_URL", "MONGODB_URI",
			"PEER_DATA_KEY", "PEER_WEBHOOK_URL", "PEER_ADMIN_USERNAME", "PEER_ADMIN_PASSWORD");

	private final Process process;

	private final int serverPort;

	private final int sandboxPort;

	private ServiceJar(Process process, int serverPort, int sandboxPort) {
		this.process = process;
		this.serverPort = serverPort;
		this.sandboxPort = sandboxPort;
	}

	/** The jar the build packaged (failsafe passes its path). */
	public static Path jar() {
		String path = System.getProperty("peer.jar", "target/peer-support-bot.jar");
		Path jar = Path.of(path);
		assertThat(jar).as("the packaged jar; run through ./mvnw verify").isRegularFile();
		return jar;
	}

	/**
	 * Starts the jar on {@code dataDir} with these extra environment variables and waits
	 * until its health endpoint answers.
	 */
	public static ServiceJar start(Path dataDir, Map<String, String> environment, String logName) {
		ServiceJar service = launch(dataDir, environment, logName);
		service.awaitHealthy();
		return service;
	}

	/**
	 * Starts the jar on {@code dataDir} with these extra environment variables and
	 * returns at once, without waiting for it to be up.
	 */
	public static ServiceJar launch(Path dataDir, Map<String, String> environment, String logName) {
		int serverPort = freePort();
		int sandboxPort = freePort();
		try {
			Files.createDirectories(dataDir.getParent());
			ProcessBuilder builder = new ProcessBuilder(javaExecutable(), "-jar", jar().toAbsolutePath().toString())
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolveSibling(logName + ".log").toFile()));
			Map<String, String> env = builder.environment();
			UNSET.forEach(env::remove);
			env.put("SERVER_PORT", Integer.toString(serverPort));
			env.put("PEER_SANDBOX_PORT", Integer.toString(sandboxPort));
			env.put("PEER_DATA_DIR", dataDir.toAbsolutePath().toString());
			env.put("PEER_TELEGRAM_POLL_TIMEOUT", "1s");
			env.putAll(environment);
			return new ServiceJar(builder.start(), serverPort, sandboxPort);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void awaitHealthy() {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		HttpRequest health = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.serverPort + "/actuator/health"))
			.timeout(Duration.ofSeconds(5))
			.build();
		await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(() -> {
			assertThat(this.process.isAlive()).as("the service is running (see its log)").isTrue();
			try {
				return http.send(health, HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
			}
			catch (IOException ex) {
				return false;
			}
		});
	}

	/** The sandbox emulator's base URL (sandbox mode). */
	public URI sandboxUrl() {
		return URI.create("http://127.0.0.1:" + this.sandboxPort);
	}

	/** Stops the service as a clean stop does (SIGTERM) and waits for it to end. */
	public void stop() {
		this.process.destroy();
		awaitEnd();
	}

	/**
	 * Kills the service at once (SIGKILL, as {@code kill -9}) and waits for it to end.
	 */
	public void kill() {
		this.process.destroyForcibly();
		awaitEnd();
	}

	private void awaitEnd() {
		try {
			assertThat(this.process.waitFor(2, TimeUnit.MINUTES)).as("the service ended").isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String javaExecutable() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

}
