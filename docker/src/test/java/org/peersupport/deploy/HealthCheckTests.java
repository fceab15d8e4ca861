package org.peersupport.deploy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class HealthCheckTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	private final CountDownLatch release = new CountDownLatch(1);

	private HttpServer server;

	@AfterEach
	void stop() {
		this.release.countDown();
		if (this.server != null) {
			this.server.stop(0);
		}
	}

	@Test
	void healthyWhenActuatorAnswersUp() throws IOException {
		URI uri = serve(200, "{\"status\":\"UP\"}");

		assertThat(HealthCheck.check(uri, TIMEOUT)).isTrue();
	}

	@Test
	void unhealthyWhenActuatorAnswersDown() throws IOException {
		// Actuator answers 503 with {"status":"DOWN"} when a component (store, Telegram)
		// is down
		URI uri = serve(503, "{\"status\":\"DOWN\"}");

		assertThat(HealthCheck.check(uri, TIMEOUT)).isFalse();
	}

	@Test
	void unhealthyWhenThePathIsNotServed() throws IOException {
		URI uri = serve(200, "{\"status\":\"UP\"}").resolve("/actuator/nothing");

		assertThat(HealthCheck.check(uri, TIMEOUT)).isFalse();
	}

	@Test
	void unhealthyWhenNothingListens() throws IOException {
		int port;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = socket.getLocalPort();
		}

		assertThat(HealthCheck.check(URI.create("http://127.0.0.1:" + port + HealthCheck.PATH), TIMEOUT)).isFalse();
	}

	@Test
	void unhealthyWhenTheAnswerDoesNotComeInTime() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext(HealthCheck.PATH, (exchange) -> {
			awaitRelease();
			answer(exchange, 200, "{\"status\":\"UP\"}");
		});
		this.server.start();

		assertThat(HealthCheck.check(uriOf(this.server), Duration.ofMillis(300))).isFalse();
	}

	@Test
	void asksThePanelPortOnLoopback() {
		assertThat(HealthCheck.target(null)).isEqualTo(URI.create("http://127.0.0.1:8080/actuator/health"));
		assertThat(HealthCheck.target(" ")).isEqualTo(URI.create("http://127.0.0.1:8080/actuator/health"));
		assertThat(HealthCheck.target("9090")).isEqualTo(URI.create("http://127.0.0.1:9090/actuator/health"));
		assertThatIllegalArgumentException().isThrownBy(() -> HealthCheck.target("eighty"));
		assertThatIllegalArgumentException().isThrownBy(() -> HealthCheck.target("70000"));
	}

	private URI serve(int status, String body) throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext(HealthCheck.PATH, (exchange) -> answer(exchange, status, body));
		this.server.start();
		return uriOf(this.server);
	}

	private static URI uriOf(HttpServer server) {
		return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + HealthCheck.PATH);
	}

	private void awaitRelease() {
		try {
			this.release.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void answer(HttpExchange exchange, int status, String body) throws IOException {
		if (!exchange.getRequestURI().getPath().equals(HealthCheck.PATH)) {
			exchange.sendResponseHeaders(404, -1);
			exchange.close();
			return;
		}
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

}
