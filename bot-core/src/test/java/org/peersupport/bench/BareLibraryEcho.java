package org.peersupport.bench;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import org.peersupport.sandbox.BotApiEmulator;

/**
 * The baseline: TelegramBots' own long-polling application with its default update
 * generator, echoing each text with a direct client call from a fixed pool. No store, no
 * ordering, no retries.
 */
final class BareLibraryEcho implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(BareLibraryEcho.class);

	private final TelegramBotsLongPollingApplication application = new TelegramBotsLongPollingApplication();

	private final ExecutorService pool;

	private final TelegramClient client;

	private final AtomicInteger failures = new AtomicInteger();

	private BareLibraryEcho(TelegramUrl url, String token, int workers) {
		this.pool = Executors.newFixedThreadPool(workers, daemonThreads());
		this.client = new OkHttpTelegramClient(token, url);
	}

	static BareLibraryEcho start(BotApiEmulator emulator, String token, int workers) throws TelegramApiException {
		TelegramUrl url = TelegramUrl.builder()
			.schema("http")
			.host("127.0.0.1")
			.port(emulator.port())
			.testServer(false)
			.build();
		BareLibraryEcho echo = new BareLibraryEcho(url, token, workers);
		echo.application.registerBot(token, () -> url, new DefaultGetUpdatesGenerator(), echo::consume);
		return echo;
	}

	private void consume(List<Update> updates) {
		for (Update update : updates) {
			if (update.hasMessage() && update.getMessage().hasText()) {
				this.pool.execute(() -> echo(update.getMessage().getChatId(), update.getMessage().getText()));
			}
		}
	}

	private void echo(long chatId, String text) {
		try {
			this.client.execute(SendMessage.builder().chatId(chatId).text(EchoLoad.echoOf(text)).build());
		}
		catch (TelegramApiException ex) {
			this.failures.incrementAndGet();
			log.warn("Bare echo failed: {}", ex.getClass().getSimpleName());
		}
	}

	/** Sends that failed (they count as missing replies too). */
	int failures() {
		return this.failures.get();
	}

	@Override
	public void close() throws Exception {
		this.application.close();
		this.pool.shutdown();
		if (!this.pool.awaitTermination(10, TimeUnit.SECONDS)) {
			this.pool.shutdownNow();
		}
	}

	private static ThreadFactory daemonThreads() {
		AtomicInteger count = new AtomicInteger();
		return (runnable) -> {
			Thread thread = new Thread(runnable, "bare-echo-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

}
