package org.peersupport.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A fake Telegram Bot API on a loopback port: the bot methods our bot uses with
 * Telegram's limits and errors, fault injection, and a user side (Java and HTTP) to act
 * as Telegram users.
 */
public final class BotApiEmulator implements AutoCloseable {

	static {
		// The JDK server writes headers and body apart; with Nagle's algorithm and
		// delayed ACKs
		// every answer then waits ~40 ms. The property is read once, when the JVM's first
		// com.sun.net.httpserver server is created, so set it before that unless set
		// already.
		if (System.getProperty("sun.net.httpserver.nodelay") == null) {
			System.setProperty("sun.net.httpserver.nodelay", "true");
		}
	}

	private final EmulatorState state;

	private final EmulatorFaults faults = new EmulatorFaults();

	private final SandboxUsers users;

	private final WebhookPusher webhook;

	private final Thread webhookThread;

	private final ExecutorService executor;

	private final HttpServer server;

	private BotApiEmulator(EmulatorSettings settings, Clock clock) throws IOException {
		JsonMapper json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
		this.state = new EmulatorState(settings, clock);
		Memberships memberships = new Memberships(this.state);
		this.users = new SandboxUsers(this.state, memberships);
		this.webhook = new WebhookPusher(this.state, json);
		BotMethodRegistry registry = new BotMethodRegistry();
		new SetupMethods(this.state, this.webhook).register(registry);
		new MessageMethods(this.state).register(registry);
		new GroupMethods(this.state, memberships).register(registry);
		this.executor = Executors.newCachedThreadPool(daemonThreads("bot-api-emulator-"));
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), settings.port()), 256);
		this.server.setExecutor(this.executor);
		this.server.createContext("/bot", new BotEndpoint(this.state, registry, this.faults, json));
		this.server.createContext("/sandbox/", new SandboxEndpoint(this, json));
		this.webhookThread = daemonThreads("bot-api-emulator-webhook-").newThread(this.webhook);
	}

	/**
	 * Start an emulator on 127.0.0.1 reading the system clock.
	 * @param settings port, token, bot identity, first update id and limits
	 * @return the running emulator
	 */
	public static BotApiEmulator start(EmulatorSettings settings) {
		return start(settings, Clock.systemUTC());
	}

	/**
	 * Start an emulator on 127.0.0.1.
	 * @param settings port, token, bot identity, first update id and limits
	 * @param clock the clock for message dates and limits
	 * @return the running emulator
	 */
	public static BotApiEmulator start(EmulatorSettings settings, Clock clock) {
		try {
			BotApiEmulator emulator = new BotApiEmulator(settings, clock);
			emulator.server.start();
			emulator.webhookThread.start();
			return emulator;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start the Bot API emulator on port " + settings.port(), ex);
		}
	}

	/**
	 * The bound port.
	 * @return the port
	 */
	public int port() {
		return this.server.getAddress().getPort();
	}

	/**
	 * Where the bot calls go: {@code <baseUrl>/bot<token>/<method>}; the user API is
	 * under {@code <baseUrl>/sandbox/}.
	 * @return {@code http://127.0.0.1:<port>}
	 */
	public URI baseUrl() {
		return URI.create("http://127.0.0.1:" + port());
	}

	/**
	 * Fault injection for bot calls.
	 * @return the faults
	 */
	public EmulatorFaults faults() {
		return this.faults;
	}

	/**
	 * Counters for tests and benchmarks.
	 * @return the stats
	 */
	public EmulatorStats stats() {
		return this.state.stats;
	}

	/**
	 * The user side in Java.
	 * @return the sandbox users
	 */
	public SandboxUsers users() {
		return this.users;
	}

	/**
	 * The limits in force.
	 * @return the limits
	 */
	public EmulatorLimits limits() {
		return this.state.limiter.limits();
	}

	/**
	 * Enforce other limits from now on (buckets start full).
	 * @param limits the limits
	 */
	public void limits(EmulatorLimits limits) {
		this.state.limiter.limits(limits);
	}

	/**
	 * Tell a listener of every message the bot sends from now on (sendMessage only),
	 * right after it is stored.
	 * @param listener the listener, called on the emulator's request thread
	 */
	public void addSentMessageListener(SentMessageListener listener) {
		this.state.addSentMessageListener(listener);
	}

	/**
	 * Tell a listener of every answer the bot gives to a button press from now on
	 * (answerCallbackQuery), with the user who pressed, right after it is recorded.
	 * @param listener the listener, called on the emulator's request thread
	 */
	public void addAnswerListener(BiConsumer<Long, CallbackAnswer> listener) {
		this.state.addAnswerListener(listener);
	}

	/**
	 * Stop telling a listener; does nothing if it was not added.
	 * @param listener the listener
	 */
	public void removeSentMessageListener(SentMessageListener listener) {
		this.state.removeSentMessageListener(listener);
	}

	/**
	 * The last update id issued (persist it; start the next emulator after it).
	 * @return the id
	 */
	public long lastUpdateId() {
		return this.state.updates.lastId();
	}

	/**
	 * Makes the next update get this id, e.g. 1 as after a purged inbox or a fresh
	 * sandbox; later ones count up from it. Updates already queued keep their ids and
	 * their order.
	 * @param id the next update's id, from 1 to {@link Integer#MAX_VALUE}
	 */
	public void nextUpdateId(long id) {
		this.state.updates.jumpTo(id);
	}

	/**
	 * Makes the next update get a random id, as Telegram does after a week without
	 * updates; later ones count up from it.
	 * @return the id the next update gets
	 */
	public long nextUpdateIdAtRandom() {
		return this.state.updates.jumpAtRandom();
	}

	/**
	 * Forget chats, users, messages, invite links and pending updates. Update ids keep
	 * counting up; stats, faults, limits, commands and the webhook stay.
	 */
	public void reset() {
		this.state.reset();
	}

	/**
	 * Stop serving; waiting long polls return at once.
	 */
	@Override
	public void close() {
		this.webhookThread.interrupt();
		this.webhook.stop();
		this.state.updates.close();
		this.server.stop(0);
		this.executor.shutdownNow();
	}

	private static ThreadFactory daemonThreads(String prefix) {
		AtomicInteger counter = new AtomicInteger();
		return (runnable) -> {
			Thread thread = new Thread(runnable, prefix + counter.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

}
