package org.peersupport.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Telegram reachability for the health endpoint: a getMe call, at most every half minute.
 */
class TelegramHealthIndicator implements HealthIndicator {

	private static final Duration CACHE = Duration.ofSeconds(30);

	private final TelegramClient client;

	private final BotEndpoint endpoint;

	private final Clock clock;

	private volatile Health last;

	private volatile Instant checkedAt = Instant.MIN;

	TelegramHealthIndicator(TelegramClient client, BotEndpoint endpoint, Clock clock) {
		this.client = client;
		this.endpoint = endpoint;
		this.clock = clock;
	}

	@Override
	public Health health() {
		Instant now = this.clock.instant();
		if (this.last == null || this.checkedAt.plus(CACHE).isBefore(now)) {
			this.last = check();
			this.checkedAt = now;
		}
		return this.last;
	}

	private Health check() {
		Health.Builder builder;
		try {
			this.client.execute(new GetMe());
			builder = Health.up();
		}
		catch (TelegramApiRequestException ex) {
			builder = Health.down().withDetail("errorCode", ex.getErrorCode());
		}
		catch (TelegramApiException ex) {
			builder = Health.down().withDetail("error", ex.getClass().getSimpleName());
		}
		return builder.withDetail("apiUrl", this.endpoint.apiUrl().toString())
			.withDetail("sandbox", this.endpoint.sandbox())
			.build();
	}

}
