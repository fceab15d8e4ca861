package org.peersupport.sandbox;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;

import static org.assertj.core.api.Assertions.assertThat;

class ConcurrencyTests {

	private BotApiEmulator emulator;

	private TelegramTestClient telegram;

	private final ExecutorService pool = Executors.newFixedThreadPool(8);

	@BeforeEach
	void start() {
		this.emulator = BotApiEmulator
			.start(EmulatorSettings.defaults(TelegramTestClient.TOKEN).withLimits(EmulatorLimits.off()));
		this.telegram = new TelegramTestClient(this.emulator);
	}

	@AfterEach
	void stop() throws InterruptedException {
		this.pool.shutdownNow();
		this.pool.awaitTermination(5, TimeUnit.SECONDS);
		this.emulator.close();
	}

	@Test
	void waitingLongPollBlocksNoOtherCallAndReturnsOnTheFirstUpdate() throws Exception {
		CompletableFuture<HttpResponse<String>> poll = CompletableFuture
			.supplyAsync(() -> rawPoll("{\"offset\":0,\"timeout\":30}"), this.pool);
		awaitPollWaiting();

		assertThat(this.telegram.client().execute(new GetMe()).getIsBot()).isTrue();
		this.emulator.users().sendText(42, "/start", null);
		this.telegram.client().execute(SendMessage.builder().chatId(42L).text("hi").build());

		assertThat(poll.get(5, TimeUnit.SECONDS).body()).contains("\"text\":\"/start\"");
	}

	@Test
	void longPollWithoutUpdatesAnswersAnEmptyListAfterItsTimeout() throws Exception {
		long started = System.nanoTime();

		HttpResponse<String> answer = rawPoll("{\"timeout\":1}");

		assertThat(answer.body()).isEqualTo("{\"ok\":true,\"result\":[]}");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(900));
	}

	@Test
	void manyUsersWritingAtOnceGetUniqueIncreasingUpdatesAndEveryReplyIsKept() throws Exception {
		List<Future<List<Long>>> writers = new ArrayList<>();
		for (int writer = 0; writer < 8; writer++) {
			long firstUser = 1000 + writer * 25L;
			writers.add(this.pool.submit(() -> writeAndReply(firstUser, 25, 4)));
		}
		Set<Long> updateIds = new HashSet<>();
		for (Future<List<Long>> writer : writers) {
			for (Long id : writer.get(60, TimeUnit.SECONDS)) {
				assertThat(updateIds.add(id)).isTrue();
			}
		}

		assertThat(updateIds).hasSize(8 * 25 * 4);
		assertThat(this.emulator.lastUpdateId()).isEqualTo(800);
		assertThat(this.emulator.stats().sentMessages()).isEqualTo(800);
		assertThat(this.emulator.users().messages(1000)).hasSize(4);
	}

	private List<Long> writeAndReply(long firstUser, int users, int messagesEach) throws Exception {
		List<Long> ids = new ArrayList<>();
		for (int round = 0; round < messagesEach; round++) {
			for (long user = firstUser; user < firstUser + users; user++) {
				ids.add(this.emulator.users().sendText(user, "message " + round, null).updateId());
				this.telegram.client().execute(SendMessage.builder().chatId(user).text("reply " + round).build());
			}
		}
		return ids;
	}

	private HttpResponse<String> rawPoll(String body) {
		try {
			return this.telegram.rawJson("getUpdates", body);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void awaitPollWaiting() {
		org.awaitility.Awaitility.await().until(() -> this.emulator.stats().requests("getUpdates") == 1);
	}

}
