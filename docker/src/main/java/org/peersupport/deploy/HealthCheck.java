package org.peersupport.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Duration;

/**
 * The container's health check: asks the service's {@code /actuator/health} on loopback
 * and exits 0 when it answers 200 (UP), 1 otherwise. The JRE image has neither curl nor
 * wget, so the check is a class of its own that needs nothing but {@code java.base}.
 */
public final class HealthCheck {

	/** The path Spring Boot Actuator serves the health status on, on the panel's port. */
	static final String PATH = "/actuator/health";

	/** The panel's port when {@code SERVER_PORT} is not set (as in application.yml). */
	static final int DEFAULT_PORT = 8080;

	private static final Duration TIMEOUT = Duration.ofSeconds(4);

	private HealthCheck() {
	}

	public static void main(String[] args) {
		boolean up;
		try {
			up = check(target(System.getenv("SERVER_PORT")), TIMEOUT);
		}
		catch (IllegalArgumentException ex) {
			System.out.println("SERVER_PORT is not a port number");
			up = false;
		}
		System.exit(up ? 0 : 1);
	}

	/**
	 * The health URL on loopback for the panel's port ({@code SERVER_PORT}, blank for the
	 * default).
	 */
	static URI target(String serverPort) {
		int port = (serverPort == null || serverPort.isBlank()) ? DEFAULT_PORT : Integer.parseInt(serverPort.trim());
		if (port < 1 || port > 65535) {
			throw new IllegalArgumentException("Port out of range: " + port);
		}
		return URI.create("http://127.0.0.1:" + port + PATH);
	}

	/**
	 * Whether {@code uri} answers 200 within {@code timeout} (to connect, and again to
	 * read). Prints one line for {@code docker inspect}: the status, or the class of the
	 * failure.
	 */
	static boolean check(URI uri, Duration timeout) {
		HttpURLConnection connection = null;
		try {
			connection = (HttpURLConnection) uri.toURL().openConnection();
			connection.setConnectTimeout((int) timeout.toMillis());
			connection.setReadTimeout((int) timeout.toMillis());
			connection.setUseCaches(false);
			int status = connection.getResponseCode();
			drain(connection);
			System.out.println("health " + status);
			return status == 200;
		}
		catch (IOException ex) {
			System.out.println("health unreachable: " + ex.getClass().getSimpleName());
			return false;
		}
		finally {
			if (connection != null) {
				connection.disconnect();
			}
		}
	}

	private static void drain(HttpURLConnection connection) throws IOException {
		InputStream body = (connection.getResponseCode() < 400) ? connection.getInputStream()
				: connection.getErrorStream();
		if (body != null) {
			try (body) {
				body.readAllBytes();
			}
		}
	}

}
