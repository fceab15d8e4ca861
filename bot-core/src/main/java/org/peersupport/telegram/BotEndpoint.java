package org.peersupport.telegram;

import java.net.URI;

/**
 * The Bot API the bot talks to: Telegram (or a local Bot API server) with the real token,
 * or the in-process emulator in sandbox mode.
 *
 * @param token the bot token
 * @param apiUrl the Bot API base URL
 * @param sandbox whether this is the emulator
 */
record BotEndpoint(String token, URI apiUrl, boolean sandbox) {

	@Override
	public String toString() {
		// The token is a secret.
		return "BotEndpoint[" + this.apiUrl + (this.sandbox ? ", sandbox" : "") + "]";
	}

}
