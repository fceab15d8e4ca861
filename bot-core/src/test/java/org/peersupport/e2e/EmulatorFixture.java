package org.peersupport.e2e;

import java.util.List;
import java.util.Map;

import org.peersupport.sandbox.BotApiEmulator;
import org.peersupport.sandbox.BotMessage;
import org.peersupport.sandbox.EmulatorLimits;
import org.peersupport.sandbox.EmulatorSettings;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One emulator for a test class, and the properties that point the bot at it.
 */
final class EmulatorFixture implements AutoCloseable {

	static final String TOKEN = "4242:e2e-token";

	private final BotApiEmulator emulator;

	private EmulatorFixture(EmulatorLimits limits) {
		this.emulator = BotApiEmulator.start(EmulatorSettings.defaults(TOKEN).withLimits(limits));
	}

	static EmulatorFixture start() {
		return new EmulatorFixture(EmulatorLimits.telegramDefaults());
	}

	static EmulatorFixture start(EmulatorLimits limits) {
		return new EmulatorFixture(limits);
	}

	BotApiEmulator emulator() {
		return this.emulator;
	}

	/** Spring properties that point the bot at this emulator, polling quickly. */
	Map<String, String> botProperties() {
		return Map.of("peer.telegram.token", TOKEN, "peer.telegram.api-url", this.emulator.baseUrl().toString(),
				"peer.telegram.poll-timeout", "1s", "spring.quartz.auto-startup", "false");
	}

	/** Registers {@link #botProperties()} for a {@code @DynamicPropertySource}. */
	void register(DynamicPropertyRegistry registry) {
		botProperties().forEach((key, value) -> registry.add(key, () -> value));
	}

	/**
	 * The texts and captions the bot sent to a chat, oldest first (deleted ones and media
	 * without a caption left out).
	 */
	List<String> texts(long chatId) {
		return this.emulator.users()
			.messages(chatId)
			.stream()
			.filter((m) -> !m.deleted() && m.text() != null)
			.map(BotMessage::text)
			.toList();
	}

	@Override
	public void close() {
		this.emulator.close();
	}

}
