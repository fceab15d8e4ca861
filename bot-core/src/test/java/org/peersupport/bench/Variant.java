package org.peersupport.bench;

import java.nio.file.Files;
import java.nio.file.Path;

import org.peersupport.sandbox.BotApiEmulator;

/**
 * The consumers the benchmark compares.
 */
enum Variant {

	/** TelegramBots' long-polling application echoing from a fixed pool. */
	BARE("bare TelegramBots"),

	/** The full bot on the in-memory embedded store. */
	BOT_MEMORY("bot, memory store"),

	/** The full bot on the durable H2 embedded store (commit and sync per write). */
	BOT_H2("bot, H2 store");

	private final String label;

	Variant(String label) {
		this.label = label;
	}

	String label() {
		return this.label;
	}

	/**
	 * Starts this consumer against the emulator.
	 * @param emulator the Bot API
	 * @param token its bot token
	 * @param workers the pool size for the bare library (the bot uses its own setting)
	 * @param scratch a directory for data files
	 * @return something to close when the round is over
	 */
	AutoCloseable start(BotApiEmulator emulator, String token, int workers, Path scratch) throws Exception {
		return switch (this) {
			case BARE -> BareLibraryEcho.start(emulator, token, workers);
			case BOT_MEMORY -> FullBot.start(emulator, token, null);
			case BOT_H2 -> FullBot.start(emulator, token, Files.createTempDirectory(scratch, "h2-"));
		};
	}

}
