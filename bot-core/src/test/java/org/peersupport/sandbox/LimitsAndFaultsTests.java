package org.peersupport.sandbox;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peersupport.testing.MutableClock;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class LimitsAndFaultsTests {

	private static final long ANN = 42;

	private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));

	private BotApiEmulator emulator;

	private TelegramTestClient telegram;

	private void start(EmulatorLimits limits) {
		this.emulator = BotApiEmulator.start(EmulatorSettings.defaults(TelegramTestClient.TOKEN).withLimits(limits),
				this.clock);
		this.telegram = new TelegramTestClient(this.emulator);
		this.emulator.users().sendText(ANN, "/start", null);
	}

	@AfterEach
	void stop() {
		this.emulator.close();
	}

	@Test
	void overThePrivateChatLimitAnswers429WithRetryAfterAndCountsEarlyRetries() throws Exception {
		start(new EmulatorLimits(100, 2, 0.5, 20, true));
		send("one");
		send("two");

		TelegramApiRequestException tooMany = catchRequestException(() -> send("three"));

		assertThat(tooMany.getErrorCode()).isEqualTo(429);
		assertThat(tooMany.getParameters().getRetryAfter()).isEqualTo(2);
		assertThat(tooMany.getApiResponse()).isEqualTo("Too Many Requests: retry after 2");
		assertThat(this.emulator.stats().earlyRetries()).isZero();

		this.clock.advance(Duration.ofSeconds(1));
		catchRequestException(() -> send("three, too early"));
		assertThat(this.emulator.stats().earlyRetries()).isEqualTo(1);

		this.clock.advance(Duration.ofSeconds(2));
		send("three, on time");
		assertThat(this.emulator.stats().earlyRetries()).isEqualTo(1);
		assertThat(this.emulator.stats().tooManyRequests()).isEqualTo(2);
		assertThat(this.emulator.stats().retryAftersIssued()).first()
			.isEqualTo(new EmulatorStats.RetryAfterIssued(ANN, 2, Instant.parse("2026-03-01T10:00:02Z")));
		assertThat(this.emulator.users().messages(ANN)).extracting(BotMessage::text)
			.containsExactly("one", "two", "three, on time");
	}

	@Test
	void defaultLimitsLetThroughWhatACorrectBotSends() throws Exception {
		start(EmulatorLimits.telegramDefaults());
		for (int second = 0; second < 5; second++) {
			for (int i = 0; i < ((second == 0) ? 3 : 1); i++) {
				send("message " + second + "." + i);
			}
			this.clock.advance(Duration.ofSeconds(1));
		}

		assertThat(this.emulator.stats().tooManyRequests()).isZero();
		assertThat(this.emulator.users().messages(ANN)).hasSize(7);
	}

	@Test
	void globalLimitAppliesAcrossChats() throws Exception {
		start(new EmulatorLimits(3, 5, 5, 20, true));
		for (long user = 100; user < 103; user++) {
			this.emulator.users().sendText(user, "/start", null);
			sendTo(user, "hi");
		}

		TelegramApiRequestException tooMany = catchRequestException(() -> sendTo(ANN, "one more"));

		assertThat(tooMany.getErrorCode()).isEqualTo(429);
		assertThat(tooMany.getParameters().getRetryAfter()).isEqualTo(1);
	}

	@Test
	void serverErrorsFollowTheSeedAndAFailedSendDeliversNothing() throws Exception {
		start(EmulatorLimits.off());
		List<Integer> firstRun = failuresOfTwentySends(7);
		this.emulator.reset();
		this.emulator.users().sendText(ANN, "/start", null);

		List<Integer> secondRun = failuresOfTwentySends(7);

		assertThat(firstRun).isNotEmpty().hasSizeLessThan(20).isEqualTo(secondRun);
		assertThat(this.emulator.users().messages(ANN)).hasSize(20 - secondRun.size());
		assertThat(this.emulator.stats().serverErrors()).isEqualTo(firstRun.size() + secondRun.size());
	}

	@Test
	void getUpdatesIsSparedFromServerErrorsUnlessIncluded() throws Exception {
		start(EmulatorLimits.off());
		this.emulator.faults().serverErrorRate(1.0);

		assertThat(this.telegram.updates()).hasSize(1);
		assertThatExceptionOfType(TelegramApiRequestException.class)
			.isThrownBy(() -> this.telegram.client().execute(new GetMe()))
			.satisfies((ex) -> assertThat(ex.getErrorCode()).isIn(500, 502));

		this.emulator.faults().includeGetUpdates(true);
		assertThatExceptionOfType(TelegramApiException.class).isThrownBy(this.telegram::updates);
	}

	@Test
	void failNextAnswersOnceWithTheScriptedError() throws Exception {
		start(EmulatorLimits.off());
		this.emulator.faults().failNext("sendMessage", 429, "Too Many Requests: retry after 5", 5);

		TelegramApiRequestException scripted = catchRequestException(() -> send("first"));
		this.clock.advance(Duration.ofSeconds(1));
		catchNothing(() -> send("too early"));

		assertThat(scripted.getParameters().getRetryAfter()).isEqualTo(5);
		assertThat(this.emulator.stats().scriptedFailures()).isEqualTo(1);
		assertThat(this.emulator.stats().earlyRetries()).isEqualTo(1);
		assertThat(this.emulator.users().messages(ANN)).extracting(BotMessage::text).containsExactly("too early");
	}

	@Test
	void droppedConnectionGetsNoAnswerAndHasNoEffect() throws Exception {
		start(EmulatorLimits.off());
		this.emulator.faults().dropConnectionRate(1.0);
		HttpRequest request = HttpRequest
			.newBuilder(URI.create(this.emulator.baseUrl() + "/bot" + TelegramTestClient.TOKEN + "/sendMessage"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"chat_id\":42,\"text\":\"lost\"}"))
			.build();

		assertThatExceptionOfType(IOException.class)
			.isThrownBy(() -> HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()));

		assertThat(this.emulator.stats().droppedConnections()).isGreaterThanOrEqualTo(1);
		assertThat(this.emulator.users().messages(ANN)).isEmpty();
		this.emulator.faults().clear();
		assertThat(send("found").getText()).isEqualTo("found");
	}

	private List<Integer> failuresOfTwentySends(long seed) {
		this.emulator.faults().seed(seed).serverErrorRate(0.3);
		List<Integer> failures = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			try {
				send("message " + i);
			}
			catch (TelegramApiRequestException ex) {
				assertThat(ex.getErrorCode()).isIn(500, 502);
				failures.add(i);
			}
			catch (TelegramApiException ex) {
				throw new AssertionError(ex);
			}
		}
		this.emulator.faults().clear();
		return failures;
	}

	private Message send(String text) throws TelegramApiException {
		return sendTo(ANN, text);
	}

	private Message sendTo(long chatId, String text) throws TelegramApiException {
		return this.telegram.client().execute(SendMessage.builder().chatId(chatId).text(text).build());
	}

	private static TelegramApiRequestException catchRequestException(TelegramCall call) {
		try {
			call.run();
		}
		catch (TelegramApiRequestException ex) {
			return ex;
		}
		catch (TelegramApiException ex) {
			throw new AssertionError("Expected an error answer, got " + ex, ex);
		}
		throw new AssertionError("Expected an error answer, got success");
	}

	private static void catchNothing(TelegramCall call) throws TelegramApiException {
		call.run();
	}

	@FunctionalInterface
	interface TelegramCall {

		void run() throws TelegramApiException;

	}

}
