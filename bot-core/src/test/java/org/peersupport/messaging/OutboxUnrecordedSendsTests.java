package org.peersupport.messaging;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;
import org.peersupport.store.MemoryStore;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What a crash can repeat is bounded by {@code peer.messaging.unrecorded-sends}, not by
 * how many threads send (with virtual threads there is no such number).
 */
@SpringBootTest(classes = MessagingTestApplication.class,
		properties = { "peer.messaging.workers=8", "peer.messaging.unrecorded-sends=2",
				"peer.messaging.rate.enabled=false", "spring.quartz.auto-startup=false" })
@MemoryStore
class OutboxUnrecordedSendsTests {

	@Autowired
	Outbox outbox;

	@Autowired
	ScriptedBotApi api;

	@Autowired
	MongoOperations mongo;

	@Test
	void noMoreCallsAreOnTheirWayThanMayBeRepeated() {
		CountDownLatch wire = this.api.holdCalls();
		for (int chat = 1; chat <= 5; chat++) {
			this.outbox.put("bound", chat, new Outgoing.SendMessage(40L + chat, false, "hello " + chat, List.of()));
		}
		await().atMost(Duration.ofSeconds(30)).until(() -> this.api.calls().size() == 2);
		// five chats, eight threads, but only two calls may be unrecorded at once
		await().during(Duration.ofMillis(300)).until(() -> this.api.calls().size() == 2);
		wire.countDown();
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.mongo.count(Query.query(Criteria.where("state").is(OutboxState.SENT)),
					OutboxEntry.class) == 5);
		assertThat(this.api.calls()).hasSize(5);
	}

}
