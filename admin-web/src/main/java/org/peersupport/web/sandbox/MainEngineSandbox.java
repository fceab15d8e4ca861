package org.peersupport.web.sandbox;

import org.peersupport.conversation.ConversationRuntime;
import org.peersupport.conversation.StoredScript;
import org.peersupport.sandbox.BotApiEmulator;

/**
 * The sandbox in sandbox mode (no bot token): the main bot already talks to the emulator,
 * so the phones use the main engine and its database.
 */
final class MainEngineSandbox implements Sandbox {

	private final BotApiEmulator emulator;

	private final ConversationRuntime runtime;

	MainEngineSandbox(BotApiEmulator emulator, ConversationRuntime runtime) {
		this.emulator = emulator;
		this.runtime = runtime;
	}

	@Override
	public Kind kind() {
		return Kind.WHOLE_SERVICE;
	}

	@Override
	public BotApiEmulator emulator() {
		return this.emulator;
	}

	@Override
	public void startDraft(long chatId, StoredScript version, String locale) {
		// Makes the phone's private chat known to the emulator without an update.
		this.emulator.users().unblock(chatId);
		this.runtime.startDraft(chatId, version.scriptId(), version.version(), locale);
	}

	/**
	 * The emulator forgets its chats; what the bot stored stays (it is the service's own
	 * database).
	 */
	@Override
	public void reset() {
		this.emulator.reset();
	}

}
