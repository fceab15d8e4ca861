package org.peersupport.bench;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.peersupport.sandbox.BotApiEmulator;
import org.peersupport.sandbox.BotMessage;
import org.peersupport.sandbox.SentMessageListener;

import static org.awaitility.Awaitility.await;

/**
 * Texts sent through the emulator's user side whose echo is awaited: each must be echoed
 * once to its own chat. Other messages of the bot (menus, confirmations) are not counted.
 */
final class Echoes implements SentMessageListener, AutoCloseable {

	private static final String ECHO = "echo ";

	private final BotApiEmulator emulator;

	private final Map<String, Boolean> pending = new ConcurrentHashMap<>();

	private final AtomicInteger echoed = new AtomicInteger();

	private final AtomicInteger repeated = new AtomicInteger();

	private int missing;

	Echoes(BotApiEmulator emulator) {
		this.emulator = emulator;
		emulator.addSentMessageListener(this);
	}

	/** Sends a text whose echo is expected. */
	void send(long chat, String text) {
		this.pending.put(key(chat, text), Boolean.TRUE);
		this.emulator.users().sendText(chat, text, "en");
	}

	/**
	 * Waits until every text sent so far is echoed; what is still missing after the
	 * timeout counts as lost.
	 */
	void awaitAll(Duration timeout) {
		try {
			await().atMost(timeout).pollInterval(Duration.ofMillis(20)).until(this.pending::isEmpty);
		}
		catch (org.awaitility.core.ConditionTimeoutException ex) {
			this.missing += this.pending.size();
			this.pending.clear();
		}
	}

	int echoed() {
		return this.echoed.get();
	}

	int repeated() {
		return this.repeated.get();
	}

	int missing() {
		return this.missing;
	}

	@Override
	public void messageSent(long chatId, BotMessage message) {
		String text = message.text();
		if (text == null || !text.startsWith(ECHO)) {
			return;
		}
		if (this.pending.remove(key(chatId, text.substring(ECHO.length()))) != null) {
			this.echoed.incrementAndGet();
		}
		else {
			this.repeated.incrementAndGet();
		}
	}

	private static String key(long chat, String text) {
		return chat + "|" + text;
	}

	@Override
	public void close() {
		this.emulator.removeSentMessageListener(this);
	}

}
