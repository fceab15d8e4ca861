package org.peersupport.telegram;

import java.net.URI;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.peersupport.messaging.Inbox;
import org.peersupport.sandbox.BotApiEmulator;
import org.peersupport.sandbox.EmulatorSettings;
import org.peersupport.sandbox.SandboxProperties;
import org.peersupport.store.StoreMode;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Decides which Bot API the bot talks to: Telegram with the configured token, or, with no
 * token and the embedded store, the built-in emulator (sandbox mode). With no token and a
 * real MongoDB it refuses to start: a production deploy that lost its token must not
 * quietly run a sandbox on real data.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ TelegramProperties.class, SandboxProperties.class })
class EndpointConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EndpointConfiguration.class);

	static final String SANDBOX_TOKEN = "0:sandbox";

	@Bean(destroyMethod = "close")
	@ConditionalOnExpression("'${peer.telegram.token:}'.isBlank()")
	BotApiEmulator sandboxEmulator(StoreMode storeMode, Inbox inbox, SandboxProperties sandbox) {
		if (!storeMode.embedded()) {
			throw new IllegalStateException(SandboxGuard.MESSAGE);
		}
		// Continue after the highest update id in the inbox's de-duplication window, so
		// that new sandbox updates are not dropped as repeats of an earlier run's. (Only
		// the window takes an update id for an update: replies and "handled" marks use
		// receipts, so starting again from 1 after a purge is fine.)
		EmulatorSettings settings = EmulatorSettings.defaults(SANDBOX_TOKEN)
			.withPort(sandbox.port())
			.withFirstUpdateId(inbox.lastUpdateId() + 1);
		BotApiEmulator emulator = BotApiEmulator.start(settings);
		if (sandbox.trainingEngine()) {
			log.info("Sandbox training engine: its bot talks to its own emulator at {} (never to Telegram)",
					emulator.baseUrl());
			return emulator;
		}
		log.info("Sandbox mode: no TELEGRAM_BOT_TOKEN, so the bot talks to the built-in Telegram emulator at {}. "
				+ "Act as a Telegram user through its user API, e.g. POST {}/sandbox/users/1/messages "
				+ "with {\"text\":\"/start\"} (see docs/emulator.md)", emulator.baseUrl(), emulator.baseUrl());
		return emulator;
	}

	@Bean
	BotEndpoint botEndpoint(TelegramProperties properties, ObjectProvider<BotApiEmulator> sandbox) {
		BotApiEmulator emulator = sandbox.getIfAvailable();
		if (emulator != null) {
			return new BotEndpoint(SANDBOX_TOKEN, emulator.baseUrl(), true);
		}
		URI apiUrl = properties.apiUrl();
		return new BotEndpoint(properties.token(), apiUrl, false);
	}

}
