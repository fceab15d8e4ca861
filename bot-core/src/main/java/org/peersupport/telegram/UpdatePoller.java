package org.peersupport.telegram;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import org.peersupport.messaging.Backoff;

import org.springframework.context.SmartLifecycle;

/**
 * Long polling on the TelegramBots client, written here rather than taken from
 * TelegramBots' long-polling application: that loop moves its offset past a batch before
 * the consumer has stored it and stops for good when the consumer throws. Here the offset
 * moves past an update only once the update is in the inbox, so an update the store could
 * not take is fetched again; and the loop never dies.
 */
class UpdatePoller implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(UpdatePoller.class);

	static final List<String> ALLOWED_UPDATES = List.of("message", "callback_query", "my_chat_member",
			"chat_join_request");

	private static final Backoff BACKOFF = new Backoff(Duration.ofMillis(250), Duration.ofSeconds(30));

	private final TelegramClient client;

	private final UpdateIntake intake;

	private final int timeoutSeconds;

	private final AtomicBoolean running = new AtomicBoolean();

	private volatile Thread thread;

	private long offset;

	UpdatePoller(TelegramClient client, UpdateIntake intake, Duration pollTimeout) {
		this.client = client;
		this.intake = intake;
		this.timeoutSeconds = (int) pollTimeout.toSeconds();
	}

	@Override
	public void start() {
		if (this.running.compareAndSet(false, true)) {
			Thread poller = new Thread(this::loop, "peer-telegram-poller");
			poller.setDaemon(true);
			this.thread = poller;
			poller.start();
		}
	}

	@Override
	public void stop() {
		this.running.set(false);
		Thread poller = this.thread;
		if (poller != null) {
			poller.interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running.get();
	}

	@Override
	public int getPhase() {
		// Start last, stop first: nothing is fetched unless the inbox and its worker run.
		return Integer.MAX_VALUE - 100;
	}

	private void loop() {
		int failures = 0;
		while (this.running.get()) {
			try {
				pollOnce();
				failures = 0;
			}
			catch (TelegramApiRequestException ex) {
				failures++;
				Integer retryAfter = (ex.getParameters() != null) ? ex.getParameters().getRetryAfter() : null;
				log.warn("getUpdates refused with {} (try {})", ex.getErrorCode(), failures);
				pause((retryAfter != null) ? Duration.ofSeconds(retryAfter) : BACKOFF.delay(failures));
			}
			catch (TelegramApiException ex) {
				if (!this.running.get()) {
					// stop() interrupted the long poll: not a failure.
					break;
				}
				failures++;
				log.warn("getUpdates failed: {} (try {})", ex.getClass().getSimpleName(), failures);
				pause(BACKOFF.delay(failures));
			}
			catch (RuntimeException ex) {
				// The store refused an update (or something unexpected broke): the offset
				// stays on that
				// update, so it is fetched again once the store is back.
				failures++;
				log.warn("Storing updates failed: {} (try {})", ex.getClass().getSimpleName(), failures);
				pause(BACKOFF.delay(failures));
			}
		}
	}

	private void pollOnce() throws TelegramApiException {
		GetUpdates request = GetUpdates.builder()
			.offset((int) this.offset)
			.timeout(this.timeoutSeconds)
			.limit(100)
			.allowedUpdates(ALLOWED_UPDATES)
			.build();
		List<Update> updates = this.client.execute(request);
		if (!updates.isEmpty()) {
			// One write for the batch; the offset moves only once all of it is stored.
			this.intake.takeAll(updates);
			this.offset = updates.get(updates.size() - 1).getUpdateId() + 1L;
		}
	}

	private void pause(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.running.set(false);
		}
	}

}
