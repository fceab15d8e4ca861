package org.peersupport.sandbox;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The real TelegramBots client pointed at an emulator, plus a raw HTTP path for calls the
 * client refuses to build.
 */
final class TelegramTestClient {

	static final String TOKEN = "123456:test-token";

	private final BotApiEmulator emulator;

	private final TelegramClient client;

	private final HttpClient http = HttpClient.newHttpClient();

	private long offset;

	TelegramTestClient(BotApiEmulator emulator) {
		this.emulator = emulator;
		this.client = new OkHttpTelegramClient(TOKEN, url(emulator));
	}

	static TelegramUrl url(BotApiEmulator emulator) {
		return TelegramUrl.builder().schema("http").host("127.0.0.1").port(emulator.port()).testServer(false).build();
	}

	TelegramClient client() {
		return this.client;
	}

	/** Poll without waiting and confirm what was received. */
	List<Update> updates() throws TelegramApiException {
		List<Update> updates = this.client.execute(GetUpdates.builder().offset((int) this.offset).timeout(0).build());
		if (!updates.isEmpty()) {
			this.offset = updates.get(updates.size() - 1).getUpdateId() + 1;
		}
		return updates;
	}

	/** POST a raw body to a bot method; answers status and body. */
	HttpResponse<String> raw(String token, String method, String contentType, String body)
			throws IOException, InterruptedException {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create(this.emulator.baseUrl() + "/bot" + token + "/" + method))
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> rawJson(String method, String body) throws IOException, InterruptedException {
		return raw(TOKEN, method, "application/json", body);
	}

}
