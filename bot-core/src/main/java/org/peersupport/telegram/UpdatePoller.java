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

import org.peersupport.leases.NamedLeases;
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

	static final List<String> ALLOWED_UPDATES = List.of("message", "callback_query", "my_chat_member", "chat_member",
			"chat_join_request");

	private static final Backoff BACKOFF = new Backoff(Duration.ofMillis(250), Duration.ofSeconds(30));

	/** The lease that makes one of several instances the poller. */
	static final String LEASE = "telegram-poller";

	/**
	 * How long the poller lease holds: a standby takes polling over at most this long
	 * (plus {@link #STANDBY}) after the poller died.
	 */
	static final Duration LEASE_TIME = Duration.ofSeconds(20);

	/** How often a standby instance asks for the poller lease. */
	private static final Duration STANDBY = Duration.ofSeconds(2);

	private final TelegramClient client;

	private final UpdateIntake intake;

	private final int timeoutSeconds;

	private final AtomicBoolean running = new AtomicBoolean();

	private volatile Thread thread;

	private long offset;

	/** With other instances: the poller lease, else null (this process always polls). */
	private final NamedLeases leases;

	private volatile boolean polling;

	UpdatePoller(TelegramClient client, UpdateIntake intake, Duration pollTimeout) {
		this(client, intake, pollTimeout, null);
	}

	/**
	 * A poller that shares the bot with other instances when {@code leases} is given:
	 * only the instance holding the poller lease polls, renewing it before each poll (so
	 * a poll waits at most a third of the lease); the others stand by.
	 */
	UpdatePoller(TelegramClient client, UpdateIntake intake, Duration pollTimeout, NamedLeases leases) {
		this.client = client;
		this.intake = intake;
		this.leases = leases;
		long seconds = pollTimeout.toSeconds();
		this.timeoutSeconds = (int) ((leases != null) ? Math.min(seconds, LEASE_TIME.toSeconds() / 3) : seconds);
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
		if (this.leases != null && this.polling) {
			this.polling = false;
			try {
				// A standby takes over at once, not after the lease.
				this.leases.release(LEASE);
			}
			catch (RuntimeException ex) {
				log.warn("Could not give the poller lease up ({}); it ends by itself", ex.getClass().getSimpleName());
			}
		}
	}

	/**
	 * With other instances: takes or keeps the poller lease; false while another holds
	 * it.
	 */
	private boolean holdsLease() {
		if (this.leases == null) {
			return true;
		}
		boolean held;
		try {
			held = this.leases.tryAcquire(LEASE, LEASE_TIME);
		}
		catch (RuntimeException ex) {
			log.warn("Poller lease not checked: store unavailable ({})", ex.getClass().getSimpleName());
			held = false;
		}
		if (held != this.polling) {
			log.info(held ? "This instance polls Telegram now" : "Another instance polls Telegram now");
			// A new poller starts from what Telegram still holds: updates stored by the
			// previous one come again and are dropped as repeats.
			this.offset = 0;
		}
		this.polling = held;
		return held;
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
			if (!holdsLease()) {
				pause(STANDBY);
				continue;
			}
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
			// One write for the batch, handled from then on; the offset (which tells
			// Telegram to forget them) moves only once all of it is on the disk.
			this.intake.takeAll(updates);
			this.intake.makeDurable();
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
