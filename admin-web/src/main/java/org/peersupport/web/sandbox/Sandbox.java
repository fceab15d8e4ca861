package org.peersupport.web.sandbox;

import org.peersupport.conversation.StoredScript;
import org.peersupport.sandbox.BotApiEmulator;

/**
 * The panel's sandbox: a bot engine on the built-in Telegram emulator, never on real
 * Telegram and never on production data unless the whole service runs in sandbox mode.
 */
public interface Sandbox {

	/** Which engine the sandbox phones talk to. */
	Kind kind();

	/**
	 * The emulator the phones are relayed to (in process; its port stays on loopback).
	 * Starts the sandbox engine on first use.
	 */
	BotApiEmulator emulator();

	/**
	 * Starts a stored version of a script, unpublished, in a sandbox phone's chat.
	 * @param chatId the sandbox phone's user id (its private chat)
	 * @param version the version as stored in the panel's catalog
	 * @param locale the language to start in, if the script has it
	 */
	void startDraft(long chatId, StoredScript version, String locale);

	/** Clears the sandbox: afterwards its phones start from nothing. */
	void reset();

	/** The two ways the sandbox runs. */
	enum Kind {

		/**
		 * No bot token: the whole service runs on the emulator and the sandbox is the
		 * main bot with the main database.
		 */
		WHOLE_SERVICE,

		/**
		 * A bot token is set: a separate training bot with its own in-memory database
		 * runs beside the real one.
		 */
		ENGINE

	}

}
