package org.peersupport.sandbox;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * The bot methods the emulator knows, looked up case-insensitively.
 */
final class BotMethodRegistry {

	private final Map<String, Entry> methods = new HashMap<>();

	void add(String name, boolean rateLimited, BotMethod method) {
		this.methods.put(name.toLowerCase(Locale.ROOT), new Entry(name, rateLimited, method));
	}

	Entry find(String name) {
		return this.methods.get(name.toLowerCase(Locale.ROOT));
	}

	/**
	 * One bot method: parameters in, the {@code result} out, or a {@link BotApiError}.
	 */
	@FunctionalInterface
	interface BotMethod {

		JsonNode call(RequestParams params) throws InterruptedException;

	}

	/**
	 * A registered method with the name Telegram spells and whether chat limits apply.
	 */
	record Entry(String name, boolean rateLimited, BotMethod method) {
	}

}
