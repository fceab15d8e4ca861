package org.peersupport.e2e;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.peersupport.BotTestApplication;
import org.peersupport.messaging.InboundEvent;
import org.peersupport.messaging.InboundHandler;
import org.peersupport.messaging.Replies;
import org.peersupport.messaging.Route;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Two bot instances in one JVM on one shared MongoDB (mongo-java-server's memory backend,
 * reached by URI as an external store would be), both talking to one emulator; every text
 * is echoed and each handling is recorded with the instance that did it.
 */
final class TwoInstances implements AutoCloseable {

	static final String SECRET = "two-instances-secret";

	/** Every handling of a text, by any instance: "instance|chat|text". */
	static final Queue<String> HANDLED = new ConcurrentLinkedQueue<>();

	private final MongoServer store = new MongoServer(new MemoryBackend());

	private final String uri;

	private final List<HttpServer> balancers = new ArrayList<>();

	TwoInstances() {
		this.store.bind("127.0.0.1", 0);
		InetSocketAddress address = this.store.getLocalAddress();
		this.uri = "mongodb://127.0.0.1:" + address.getPort() + "/peer";
		HANDLED.clear();
	}

	/** Starts an instance that polls (or stands by for polling). */
	ConfigurableApplicationContext polling(String name, EmulatorFixture telegram, Map<String, String> extra) {
		return start(name, telegram, extra);
	}

	/** Starts an instance that takes webhook updates on its own port. */
	ConfigurableApplicationContext webhook(String name, EmulatorFixture telegram, URI publicUrl, int port,
			Map<String, String> extra) {
		Map<String, String> properties = new java.util.HashMap<>(extra);
		properties.put("peer.telegram.webhook-url", publicUrl.toString());
		properties.put("peer.telegram.webhook-secret", SECRET);
		properties.put("peer.telegram.webhook-port", Integer.toString(port));
		properties.put("peer.telegram.webhook-bind-address", "127.0.0.1");
		return start(name, telegram, properties);
	}

	/** Starts an instance of the bot as it ships, without the recording echo. */
	ConfigurableApplicationContext plain(String name, EmulatorFixture telegram, Map<String, String> extra) {
		return new SpringApplicationBuilder(BotTestApplication.class).run(arguments(name, telegram, extra));
	}

	private ConfigurableApplicationContext start(String name, EmulatorFixture telegram, Map<String, String> extra) {
		return new SpringApplicationBuilder(BotTestApplication.class, Echo.class).run(arguments(name, telegram, extra));
	}

	private String[] arguments(String name, EmulatorFixture telegram, Map<String, String> extra) {
		List<String> arguments = new ArrayList<>();
		telegram.botProperties().forEach((key, value) -> arguments.add("--" + key + "=" + value));
		arguments.add("--spring.mongodb.uri=" + this.uri);
		arguments.add("--test.instance=" + name);
		extra.forEach((key, value) -> arguments.add("--" + key + "=" + value));
		return arguments.toArray(String[]::new);
	}

	/**
	 * A load balancer in front of the instances' webhooks: each update Telegram (the
	 * emulator) posts goes to the next instance in turn, and its answer goes back.
	 * @return the balancer's public URL
	 */
	URI balancer(List<URI> instances) throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		HttpClient http = HttpClient.newHttpClient();
		AtomicInteger next = new AtomicInteger();
		server.createContext("/", (exchange) -> forward(exchange, http,
				instances.get(Math.floorMod(next.getAndIncrement(), instances.size()))));
		server.start();
		this.balancers.add(server);
		return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/telegram/webhook");
	}

	private static void forward(HttpExchange exchange, HttpClient http, URI target) throws IOException {
		byte[] body = exchange.getRequestBody().readAllBytes();
		int status;
		byte[] answer;
		try {
			HttpRequest.Builder request = HttpRequest.newBuilder(target)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofByteArray(body));
			String secret = exchange.getRequestHeaders().getFirst("X-Telegram-Bot-Api-Secret-Token");
			if (secret != null) {
				request.header("X-Telegram-Bot-Api-Secret-Token", secret);
			}
			HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			status = response.statusCode();
			answer = response.body();
		}
		catch (IOException | InterruptedException ex) {
			status = 502;
			answer = new byte[0];
		}
		exchange.sendResponseHeaders(status, (answer.length > 0) ? answer.length : -1);
		if (answer.length > 0) {
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(answer);
			}
		}
		exchange.close();
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		this.balancers.forEach((server) -> server.stop(0));
		this.store.shutdownNow();
	}

	/** The echo every instance runs, recording which instance handled what. */
	@Configuration(proxyBeanMethods = false)
	static class Echo {

		@Bean
		InboundHandler recordingEcho(@Value("${test.instance}") String instance) {
			return new InboundHandler() {

				@Override
				public Route route() {
					return Route.conversation();
				}

				@Override
				public boolean accepts(InboundEvent event) {
					return event.hasText();
				}

				@Override
				public void handle(InboundEvent event, Replies replies) {
					replies.send("echo " + event.text());
					HANDLED.add(instance + "|" + event.chatId() + "|" + event.text());
				}

			};
		}

	}

}
