package org.peersupport.messaging;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peersupport.store.EmbeddedMongo;
import org.peersupport.store.StoreProperties;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Stopping the bot while Telegram is taking a message: the stop waits for the send to
 * record its outcome, so the message is not sent again after the restart.
 */
class OutboxSenderStopTests {

	@TempDir
	Path dataDir;

	@Test
	void stopWaitsForASendInFlightToBeRecordedAsSent() throws Exception {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(MessagingTestApplication.class)
			.web(WebApplicationType.NONE)
			.run("--peer.store.embedded=h2", "--peer.store.data-dir=" + this.dataDir,
					"--spring.quartz.auto-startup=false", "--spring.main.banner-mode=off");
		ScriptedBotApi api = context.getBean(ScriptedBotApi.class);
		OutboxSender sender = context.getBean(OutboxSender.class);
		CountDownLatch onTheWire = api.holdCalls();
		OutboxRef ref = context.getBean(Outbox.class)
			.put("stop", 0, new Outgoing.SendMessage(7L, false, "hi", List.of()));
		await().atMost(Duration.ofSeconds(30)).until(() -> api.calls().size() == 1);

		Thread closer = new Thread(context::close, "context-closer");
		closer.start();
		// the close has reached the sender and waits there, the send still on the wire
		await().atMost(Duration.ofSeconds(30)).until(() -> !sender.isRunning() && isWaitingForSends(closer));
		onTheWire.countDown();
		closer.join(Duration.ofSeconds(60).toMillis());
		assertThat(closer.isAlive()).isFalse();

		try (EmbeddedMongo mongo = EmbeddedMongo.start(StoreProperties.h2(this.dataDir, null, "peersupport"));
				MongoClient client = MongoClients.create(mongo.connectionString())) {
			Document stored = client.getDatabase("peersupport")
				.getCollection("outbox")
				.find(new Document("_id", ref.entryId()))
				.first();
			assertThat(stored).isNotNull();
			assertThat(stored.getString("state")).isEqualTo(OutboxState.SENT.name());
		}
		assertThat(api.calls()).hasSize(1);
	}

	private static boolean isWaitingForSends(Thread thread) {
		return Arrays.stream(thread.getStackTrace())
			.anyMatch((frame) -> frame.getClassName().equals(OutboxSender.class.getName())
					&& frame.getMethodName().equals("awaitSendsInFlight"));
	}

}
