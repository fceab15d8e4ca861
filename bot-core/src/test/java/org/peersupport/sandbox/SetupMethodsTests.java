package org.peersupport.sandbox;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.commands.DeleteMyCommands;
import org.telegram.telegrambots.meta.api.methods.commands.GetMyCommands;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.methods.updates.GetWebhookInfo;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeDefault;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

class SetupMethodsTests {

	private BotApiEmulator emulator;

	private TelegramTestClient telegram;

	private HttpServer receiver;

	@BeforeEach
	void start() {
		this.emulator = BotApiEmulator
			.start(EmulatorSettings.defaults(TelegramTestClient.TOKEN).withFirstUpdateId(1000));
		this.telegram = new TelegramTestClient(this.emulator);
	}

	@AfterEach
	void stop() {
		this.emulator.close();
		if (this.receiver != null) {
			this.receiver.stop(0);
		}
	}

	@Test
	void updateIdsStartAtTheConfiguredIdAndKeepIncreasingAcrossReset() throws Exception {
		SentUpdate first = this.emulator.users().sendText(42, "/start", null);
		this.telegram.client().execute(SendMessage.builder().chatId(42L).text("Welcome").build());

		this.emulator.reset();

		assertThat(first.updateId()).isEqualTo(1000);
		assertThat(this.emulator.users().messages(42)).isEmpty();
		assertThat(this.telegram.updates()).isEmpty();
		assertThatExceptionOfType(TelegramApiRequestException.class)
			.isThrownBy(() -> this.telegram.client().execute(SendMessage.builder().chatId(42L).text("x").build()));
		SentUpdate afterReset = this.emulator.users().sendText(42, "/start", null);
		assertThat(afterReset.updateId()).isEqualTo(1001);
		assertThat(this.emulator.lastUpdateId()).isEqualTo(1001);
		assertThat(this.telegram.updates()).extracting((u) -> u.getUpdateId()).containsExactly(1001);
	}

	@Test
	void updateIdsJumpBackAndAtRandomAndAnOffsetConfirmsUpToItsUpdate() throws Exception {
		SentUpdate first = this.emulator.users().sendText(42, "one", null);
		this.emulator.nextUpdateId(1);
		SentUpdate back = this.emulator.users().sendText(43, "two", null);
		long random = this.emulator.nextUpdateIdAtRandom();
		SentUpdate jumped = this.emulator.users().sendText(44, "three", null);
		SentUpdate next = this.emulator.users().sendText(44, "four", null);

		assertThat(List.of(first.updateId(), back.updateId(), jumped.updateId(), next.updateId()))
			.containsExactly(1000L, 1L, random, random + 1);
		assertThat(random).isBetween(1L, (long) Integer.MAX_VALUE);
		// One update per poll, each confirmed by the offset after it, as a bot does.
		List<String> received = new java.util.ArrayList<>();
		long offset = 0;
		for (int i = 0; i < 5; i++) {
			List<Update> batch = this.telegram.client()
				.execute(GetUpdates.builder().offset((int) offset).limit(1).timeout(0).build());
			if (batch.isEmpty()) {
				break;
			}
			received.add(batch.get(0).getMessage().getText());
			offset = batch.get(0).getUpdateId() + 1L;
		}
		assertThat(received).containsExactly("one", "two", "three", "four");
	}

	@Test
	void commandsAreKeptPerScopeAndLanguage() throws Exception {
		List<BotCommand> ukrainian = List.of(new BotCommand("start", "Почати"), new BotCommand("help", "Допомога"));
		this.telegram.client().execute(new SetMyCommands(ukrainian, new BotCommandScopeDefault(), "uk"));

		assertThat(this.telegram.client().execute(new GetMyCommands(new BotCommandScopeDefault(), "uk")))
			.extracting(BotCommand::getCommand)
			.containsExactly("start", "help");
		assertThat(this.telegram.client().execute(new GetMyCommands(new BotCommandScopeDefault(), "pl"))).isEmpty();

		this.telegram.client().execute(new DeleteMyCommands(new BotCommandScopeDefault(), "uk"));
		assertThat(this.telegram.client().execute(new GetMyCommands(new BotCommandScopeDefault(), "uk"))).isEmpty();
	}

	@Test
	void webhookReceivesUpdatesInOrderWithTheSecretAndFailuresAreRetried() throws Exception {
		List<String> bodies = new CopyOnWriteArrayList<>();
		List<String> secrets = new CopyOnWriteArrayList<>();
		AtomicInteger calls = new AtomicInteger();
		this.receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.receiver.createContext("/telegram", (exchange) -> {
			try (InputStream in = exchange.getRequestBody()) {
				String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
				boolean fail = calls.incrementAndGet() == 1;
				if (!fail) {
					bodies.add(body);
					secrets.add(exchange.getRequestHeaders().getFirst("X-Telegram-Bot-Api-Secret-Token"));
				}
				exchange.sendResponseHeaders(fail ? 500 : 200, -1);
			}
			finally {
				exchange.close();
			}
		});
		this.receiver.start();
		String url = "http://127.0.0.1:" + this.receiver.getAddress().getPort() + "/telegram";

		this.telegram.client().execute(SetWebhook.builder().url(url).secretToken("s3cret-token").build());
		this.emulator.users().sendText(42, "first", null);
		this.emulator.users().sendText(43, "second", null);

		await().until(() -> bodies.size() == 2);
		assertThat(bodies.get(0)).contains("\"update_id\":1000").contains("\"text\":\"first\"");
		assertThat(bodies.get(1)).contains("\"update_id\":1001").contains("\"text\":\"second\"");
		assertThat(secrets).containsOnly("s3cret-token");
		assertThat(this.emulator.stats().webhookFailures()).isEqualTo(1);
		assertThat(this.telegram.client().execute(new GetWebhookInfo()).getUrl()).isEqualTo(url);
		assertThatExceptionOfType(TelegramApiRequestException.class).isThrownBy(this.telegram::updates)
			.satisfies((ex) -> assertThat(ex.getErrorCode()).isEqualTo(409));

		this.telegram.client().execute(new DeleteWebhook());
		this.emulator.users().sendText(42, "third", null);
		assertThat(this.telegram.updates()).extracting((u) -> u.getMessage().getText()).containsExactly("third");
	}

}
