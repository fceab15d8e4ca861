package org.peersupport.telegram;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

import org.springframework.context.SmartLifecycle;

/**
 * Receives updates by webhook on its own port, apart from the panel, so a TLS proxy can
 * expose it alone. The secret header is checked in constant time; an update is answered
 * 200 as soon as it is stored (even if handling later fails), and 500 when the store is
 * down, so Telegram delivers it again.
 */
class WebhookServer implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(WebhookServer.class);

	static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

	private static final int MAX_BODY_BYTES = 1024 * 1024;

	// TelegramBots' objects are read with its own Jackson 2; Spring Boot 4's Jackson 3
	// cannot read them.
	private final ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
			false);

	private final UpdateIntake intake;

	private final byte[] secret;

	private final InetSocketAddress address;

	private final String path;

	private volatile HttpServer server;

	private volatile ExecutorService executor;

	WebhookServer(UpdateIntake intake, String secret, InetSocketAddress address, String webhookUrl) {
		if (secret == null || secret.isBlank()) {
			throw new IllegalStateException("Webhook mode needs PEER_WEBHOOK_SECRET (peer.telegram.webhook-secret)");
		}
		this.intake = intake;
		this.secret = secret.getBytes(StandardCharsets.UTF_8);
		this.address = address;
		String urlPath = URI.create(webhookUrl).getPath();
		this.path = (urlPath == null || urlPath.isEmpty()) ? "/" : urlPath;
	}

	/** The port actually bound (useful when configured as 0). */
	int port() {
		return this.server.getAddress().getPort();
	}

	@Override
	public void start() {
		try {
			HttpServer http = HttpServer.create(this.address, 64);
			this.executor = Executors.newFixedThreadPool(4);
			http.setExecutor(this.executor);
			http.createContext(this.path, this::handle);
			http.start();
			this.server = http;
			log.info("Webhook listening on port {} at {}", port(), this.path);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot open the webhook port " + this.address.getPort(), ex);
		}
	}

	@Override
	public void stop() {
		HttpServer http = this.server;
		if (http != null) {
			http.stop(1);
			this.executor.shutdown();
			this.server = null;
		}
	}

	@Override
	public boolean isRunning() {
		return this.server != null;
	}

	@Override
	public int getPhase() {
		return Integer.MAX_VALUE - 100;
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			if (!"POST".equals(exchange.getRequestMethod())) {
				respond(exchange, 405);
				return;
			}
			String given = exchange.getRequestHeaders().getFirst(SECRET_HEADER);
			if (given == null || !MessageDigest.isEqual(this.secret, given.getBytes(StandardCharsets.UTF_8))) {
				log.warn("Webhook call with a wrong or missing secret refused");
				respond(exchange, 401);
				return;
			}
			Update update;
			try (InputStream body = exchange.getRequestBody()) {
				byte[] bytes = body.readNBytes(MAX_BODY_BYTES + 1);
				if (bytes.length > MAX_BODY_BYTES) {
					respond(exchange, 413);
					return;
				}
				update = this.json.readValue(bytes, Update.class);
			}
			catch (IOException ex) {
				log.warn("Webhook body is not an update ({})", ex.getClass().getSimpleName());
				respond(exchange, 400);
				return;
			}
			try {
				this.intake.take(update);
				// handled already; Telegram forgets it once answered: on the disk first
				this.intake.makeDurable();
				respond(exchange, 200);
			}
			catch (RuntimeException ex) {
				log.warn("Update {} not stored ({}); Telegram will deliver it again", update.getUpdateId(),
						ex.getClass().getSimpleName());
				respond(exchange, 500);
			}
		}
	}

	private static void respond(HttpExchange exchange, int status) throws IOException {
		exchange.sendResponseHeaders(status, -1);
	}

}
