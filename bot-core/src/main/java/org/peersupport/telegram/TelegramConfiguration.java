package org.peersupport.telegram;

import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import okhttp3.OkHttpClient;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import org.peersupport.leases.Instances;
import org.peersupport.leases.NamedLeases;
import org.peersupport.messaging.Audience;
import org.peersupport.messaging.BotApiPort;
import org.peersupport.messaging.Command;
import org.peersupport.messaging.Commands;
import org.peersupport.messaging.Inbox;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the Telegram edge: the clients, the ingress (long polling or webhook), the
 * outbox's port and the start-up calls.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TelegramProperties.class)
class TelegramConfiguration {

	@Bean
	TelegramClient telegramClient(BotEndpoint endpoint, TelegramProperties properties) {
		long timeout = properties.sendTimeout().toMillis();
		OkHttpClient http = new OkHttpClient.Builder().connectTimeout(Duration.ofSeconds(10))
			.readTimeout(timeout, TimeUnit.MILLISECONDS)
			.callTimeout(timeout, TimeUnit.MILLISECONDS)
			.build();
		return new OkHttpTelegramClient(http, endpoint.token(), telegramUrl(endpoint.apiUrl()));
	}

	@Bean
	BotApiPort botApiPort(TelegramClient telegramClient) {
		return new TelegramBotApi(telegramClient);
	}

	@Bean
	BotUsername botUsername(TelegramClient telegramClient) {
		return new BotUsername(telegramClient);
	}

	@Bean
	UpdateIntake updateIntake(Inbox inbox, BotUsername botUsername, TelegramClient telegramClient, Clock clock,
			Commands commands) {
		ChatAdmins admins = new ChatAdmins(telegramClient);
		Set<String> moderatorCommands = commands.forAudiences(Set.of(Audience.MODERATOR))
			.stream()
			.map(Command::name)
			.collect(Collectors.toUnmodifiableSet());
		return new UpdateIntake(new UpdateTranslator(clock, botUsername, admins::administers, moderatorCommands),
				inbox);
	}

	@Bean
	Object updateIngress(BotEndpoint endpoint, TelegramProperties properties, UpdateIntake intake, Instances instances,
			NamedLeases leases) {
		if (properties.webhookMode()) {
			return new WebhookServer(intake, properties.webhookSecret(),
					new InetSocketAddress(properties.webhookBindAddress(), properties.webhookPort()),
					properties.webhookUrl());
		}
		// Long polls need a read timeout longer than the poll itself.
		long readMillis = properties.pollTimeout().plusSeconds(15).toMillis();
		OkHttpClient http = new OkHttpClient.Builder().connectTimeout(Duration.ofSeconds(10))
			.readTimeout(readMillis, TimeUnit.MILLISECONDS)
			.build();
		TelegramClient pollingClient = new OkHttpTelegramClient(http, endpoint.token(), telegramUrl(endpoint.apiUrl()));
		// With several instances on one store, one polls (by a lease) and the others
		// stand by; with webhooks every instance takes updates.
		return new UpdatePoller(pollingClient, intake, properties.pollTimeout(), instances.several() ? leases : null);
	}

	@Bean
	StartupCalls startupCalls(TelegramClient telegramClient, TelegramProperties properties,
			ScheduledExecutorService messagingScheduler, Commands commands, BotUsername botUsername) {
		StartupCalls calls = new StartupCalls(messagingScheduler);
		// Known before the first command arrives; asked again then if this failed.
		calls.add("getMe", botUsername::load);
		if (properties.webhookMode()) {
			SetWebhook setWebhook = SetWebhook.builder()
				.url(properties.webhookUrl())
				.secretToken(properties.webhookSecret())
				.allowedUpdates(UpdatePoller.ALLOWED_UPDATES)
				.build();
			calls.add("setWebhook", () -> telegramClient.execute(setWebhook));
		}
		else {
			calls.add("deleteWebhook", () -> telegramClient.execute(new DeleteWebhook()));
		}
		CommandLists.of(commands).forEach((method) -> calls.add("setMyCommands", () -> telegramClient.execute(method)));
		return calls;
	}

	@Bean
	TelegramHealthIndicator telegramHealthIndicator(TelegramClient telegramClient, BotEndpoint endpoint, Clock clock) {
		return new TelegramHealthIndicator(telegramClient, endpoint, clock);
	}

	static TelegramUrl telegramUrl(URI apiUrl) {
		String scheme = (apiUrl.getScheme() != null) ? apiUrl.getScheme() : "https";
		int port = (apiUrl.getPort() > 0) ? apiUrl.getPort() : ("http".equals(scheme) ? 80 : 443);
		return TelegramUrl.builder().schema(scheme).host(apiUrl.getHost()).port(port).testServer(false).build();
	}

}
