package org.peersupport.web.support;

import org.peersupport.sandbox.BotApiEmulator;
import org.peersupport.sandbox.EmulatorSettings;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Starts the panel as an NGO running a real bot would: with a bot token, talking to
 * "Telegram" played by an emulator the test owns.
 */
public final class ProductionMode {

	private ProductionMode() {
	}

	/** The emulator that plays Telegram for a bot with this token. */
	public static BotApiEmulator telegram(String token) {
		return BotApiEmulator.start(EmulatorSettings.defaults(token).withPort(0));
	}

	/** Points the application's bot at {@code telegram} with {@code token}. */
	public static void register(DynamicPropertyRegistry registry, String token, BotApiEmulator telegram) {
		registry.add("peer.telegram.token", () -> token);
		registry.add("peer.telegram.api-url", () -> telegram.baseUrl().toString());
		registry.add("peer.telegram.poll-timeout", () -> "1s");
	}

}
