package org.peersupport.telegram;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the bot reaches Telegram.
 *
 * @param token the bot token (from TELEGRAM_BOT_TOKEN); blank starts the sandbox when the
 * store is embedded
 * @param apiUrl the Bot API base URL (TELEGRAM_API_URL), for a local Bot API server or
 * the emulator
 * @param webhookUrl the public HTTPS URL Telegram posts updates to (PEER_WEBHOOK_URL);
 * blank means long polling
 * @param webhookSecret the secret Telegram sends in X-Telegram-Bot-Api-Secret-Token
 * (PEER_WEBHOOK_SECRET)
 * @param webhookPort the local port the webhook listens on (PEER_WEBHOOK_PORT), apart
 * from the panel
 * @param webhookBindAddress the address the webhook listener binds to
 * @param pollTimeout how long one getUpdates call waits for updates
 * @param sendTimeout how long one outgoing call may take before it counts as a timeout
 */
@ConfigurationProperties("peer.telegram")
public record TelegramProperties(String token, @DefaultValue("https://api.telegram.org") URI apiUrl, String webhookUrl,
		String webhookSecret, @DefaultValue("8443") int webhookPort, @DefaultValue("0.0.0.0") String webhookBindAddress,
		@DefaultValue("50s") Duration pollTimeout, @DefaultValue("20s") Duration sendTimeout) {

	/** Whether updates arrive by webhook rather than long polling. */
	public boolean webhookMode() {
		return this.webhookUrl != null && !this.webhookUrl.isBlank();
	}

	/** Whether a real bot token is configured. */
	public boolean hasToken() {
		return this.token != null && !this.token.isBlank();
	}

}
