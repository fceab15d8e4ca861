package org.peersupport.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.peersupport.BotTestApplication;
import org.peersupport.e2e.EchoConversation;
import org.peersupport.messaging.InboundHandler;
import org.peersupport.sandbox.BotApiEmulator;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * The whole bot (inbox, worker, router, outbox, sender, embedded store) with the echo
 * conversation, pointed at the emulator with its own rate limits off.
 */
final class FullBot implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private final Path dataDir;

	private FullBot(ConfigurableApplicationContext context, Path dataDir) {
		this.context = context;
		this.dataDir = dataDir;
	}

	/**
	 * Starts the bot.
	 * @param emulator the Bot API to poll
	 * @param token the emulator's bot token
	 * @param dataDir the H2 data directory, or null for the memory store
	 * @return the running bot
	 */
	static FullBot start(BotApiEmulator emulator, String token, Path dataDir) {
		return start(emulator, token, dataDir, false);
	}

	/**
	 * Starts the bot, with its own rate limiter on or off.
	 * @param emulator the Bot API to poll
	 * @param token the emulator's bot token
	 * @param dataDir the H2 data directory, or null for the memory store
	 * @param rateLimited whether the bot keeps Telegram's limits itself
	 * @return the running bot
	 */
	static FullBot start(BotApiEmulator emulator, String token, Path dataDir, boolean rateLimited) {
		return start(emulator, token, dataDir, rateLimited, List.of());
	}

	/**
	 * Starts the bot, with its own rate limiter on or off and more settings.
	 * @param emulator the Bot API to poll
	 * @param token the emulator's bot token
	 * @param dataDir the H2 data directory, or null for the memory store
	 * @param rateLimited whether the bot keeps Telegram's limits itself
	 * @param settings more settings, as {@code --name=value}
	 * @return the running bot
	 */
	static FullBot start(BotApiEmulator emulator, String token, Path dataDir, boolean rateLimited,
			List<String> settings) {
		List<String> store = new ArrayList<>(settings);
		store.add("--peer.messaging.sweep-interval=" + System.getProperty("bench.sweep", "10s"));
		if (dataDir != null) {
			store.add("--peer.store.embedded=h2");
			store.add("--peer.store.data-dir=" + dataDir);
		}
		else {
			store.add("--peer.store.embedded=memory");
		}
		return new FullBot(launch(emulator, token, rateLimited, store), dataDir);
	}

	/**
	 * Starts the bot on a MongoDB reached by URI, as an external one is, so the leases of
	 * several instances are on; rate limits off.
	 * @param emulator the Bot API to poll
	 * @param token the emulator's bot token
	 * @param uri the store's connection string
	 * @return the running bot
	 */
	static FullBot onStore(BotApiEmulator emulator, String token, String uri) {
		return new FullBot(launch(emulator, token, false, List.of("--spring.mongodb.uri=" + uri)), null);
	}

	private static ConfigurableApplicationContext launch(BotApiEmulator emulator, String token, boolean rateLimited,
			List<String> store) {
		List<String> args = new ArrayList<>(List.of("--peer.telegram.token=" + token,
				"--peer.telegram.api-url=" + emulator.baseUrl(), "--peer.telegram.poll-timeout=1s",
				"--spring.quartz.auto-startup=false", "--peer.messaging.rate.enabled=" + rateLimited,
				"--spring.main.banner-mode=off", "--logging.level.root=WARN"));
		args.addAll(store);
		return new SpringApplicationBuilder(BotTestApplication.class).web(WebApplicationType.NONE)
			.initializers((ConfigurableApplicationContext ctx) -> ((GenericApplicationContext) ctx)
				.registerBean("benchEcho", InboundHandler.class, EchoConversation::new))
			.run(args.toArray(String[]::new));
	}

	/** One of the running bot's beans. */
	<T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	/** Publishes an application event in the running bot. */
	void publish(Object event) {
		this.context.publishEvent(event);
	}

	/** Stops the bot and deletes its data directory. */
	@Override
	public void close() throws IOException {
		this.context.close();
		if (this.dataDir != null) {
			FileSystemUtils.deleteRecursively(this.dataDir);
		}
	}

}
