package org.peersupport.sandbox;

/**
 * Told of each message the bot sends through the emulator, right after the emulator has
 * stored it and before the bot gets its answer; for benchmarks that time replies. Runs on
 * the emulator's request thread: keep it short and never throw.
 */
@FunctionalInterface
public interface SentMessageListener {

	/**
	 * A message was stored in a chat.
	 * @param chatId the chat it was sent to
	 * @param message the message as stored
	 */
	void messageSent(long chatId, BotMessage message);

}
