package org.peersupport.telegram;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

import org.peersupport.messaging.Backoff;

import org.springframework.context.SmartLifecycle;

/**
 * Calls that are useful but not essential at start (set the webhook or delete it, set the
 * command list): each is retried with backoff in the background and logged when it fails,
 * never fatal, so the bot also runs against a local Bot API server or an emulator that
 * lacks some methods.
 */
class StartupCalls implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(StartupCalls.class);

	private static final int MAX_TRIES = 8;

	private static final Backoff BACKOFF = new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(5));

	private final ScheduledExecutorService scheduler;

	private final List<Call> calls = new ArrayList<>();

	private volatile boolean running;

	StartupCalls(ScheduledExecutorService scheduler) {
		this.scheduler = scheduler;
	}

	/** Adds a call to make at start. */
	StartupCalls add(String name, Action action) {
		this.calls.add(new Call(name, action));
		return this;
	}

	@Override
	public void start() {
		this.running = true;
		this.calls.forEach((call) -> schedule(call, 1, Duration.ZERO));
	}

	@Override
	public void stop() {
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private void schedule(Call call, int attempt, Duration delay) {
		this.scheduler.schedule(() -> run(call, attempt), delay.toMillis(), TimeUnit.MILLISECONDS);
	}

	private void run(Call call, int attempt) {
		if (!this.running) {
			return;
		}
		try {
			call.action().run();
			log.debug("{} done", call.name());
		}
		catch (TelegramApiException | RuntimeException ex) {
			if (attempt >= MAX_TRIES) {
				log.warn("{} failed {} times ({}); giving up, the bot runs without it", call.name(), attempt,
						ex.getClass().getSimpleName());
				return;
			}
			Duration wait = BACKOFF.delay(attempt);
			log.info("{} failed ({}); trying again in {} s", call.name(), ex.getClass().getSimpleName(),
					wait.toSeconds());
			schedule(call, attempt + 1, wait);
		}
	}

	/** One Bot API call. */
	@FunctionalInterface
	interface Action {

		void run() throws TelegramApiException;

	}

	private record Call(String name, Action action) {
	}

}
