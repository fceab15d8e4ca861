package org.peersupport.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peersupport.store.MemoryStore;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.peersupport.messaging.InboundEvents.anEvent;

@SpringBootTest(classes = MessagingTestApplication.class, properties = "spring.quartz.auto-startup=false")
@Import(InboxTests.Handlers.class)
@MemoryStore
class InboxTests {

	@Autowired
	Inbox inbox;

	@Autowired
	Outbox outbox;

	@Autowired
	InboxWorker worker;

	@Autowired
	MongoOperations mongo;

	@Autowired
	EchoHandler echo;

	@Autowired
	ScriptedBotApi api;

	@Autowired
	SlowButtons slow;

	@Autowired
	StoredCheck storedCheck;

	@BeforeEach
	void clean() {
		this.mongo.remove(new Query(), InboxEntry.class);
		this.echo.seen.clear();
		this.echo.receipts.clear();
		this.echo.failuresLeft.clear();
	}

	@Test
	void aRepeatedUpdateIsDroppedAndHandledOnce() {
		assertThat(this.inbox.accept(anEvent(1).privateChat(1).text("hi").build())).isTrue();
		assertThat(this.inbox.accept(anEvent(1).privateChat(1).text("hi").build())).isFalse();
		await().atMost(Duration.ofSeconds(30)).until(() -> isDone(1));
		await().during(Duration.ofMillis(200)).until(() -> this.echo.seen.size() == 1);
	}

	@Test
	void aRepeatThatFoundTheUpdatePendingIsNotHandledAgainOnceTheFirstDeliveryFinished() {
		// The race behind a repeat: the repeat reads the entry as pending, the first
		// delivery then finishes, and only then is the repeat queued.
		InboundEvent event = anEvent(5).privateChat(1).text("hi").build();
		this.inbox.accept(event);
		await().atMost(Duration.ofSeconds(30)).until(() -> isDone(5));
		this.worker.resume(5, 1);
		InboundEvent later = anEvent(6).privateChat(1).text("after").build();
		this.inbox.accept(later);
		await().atMost(Duration.ofSeconds(30)).until(() -> isDone(6));
		assertThat(this.echo.seen).containsExactly(5L, 6L);
	}

	@Test
	void aBatchIsStoredWithOneWriteAndHandledInOrderPerChat() {
		List<InboundEvent> batch = new java.util.ArrayList<>();
		for (int i = 200; i < 220; i++) {
			batch.add(anEvent(i).privateChat(20 + (i % 2)).text("m" + i).build());
		}
		this.inbox.acceptAll(batch);
		await().atMost(Duration.ofSeconds(30)).until(() -> this.echo.seen.size() == 20);
		assertThat(this.echo.seen.stream().filter((id) -> id % 2 == 0).toList()).isSorted();
		assertThat(this.echo.seen.stream().filter((id) -> id % 2 == 1).toList()).isSorted();
		await().atMost(Duration.ofSeconds(30)).until(() -> isDone(219) && isDone(218));
	}

	@Test
	void aBatchWithRepeatsHandlesEveryUpdateOnce() {
		this.inbox.accept(anEvent(299).privateChat(30).text("zeroth").build());
		this.inbox.accept(anEvent(300).privateChat(30).text("first").build());
		await().atMost(Duration.ofSeconds(30)).until(() -> isDone(299) && isDone(300));
		// stored earlier but never queued: an insert whose acknowledgement was lost
		InboundEvent lost = anEvent(301).privateChat(30).text("lost ack").build();
		this.mongo.insert(
				new InboxEntry(301, 30, InboxState.PENDING, lost, 0, Instant.now(), null, InboxEntry.SCHEMA_VERSION));
		// repeats before and after a new update, so that their positions in the batch
		// matter
		this.inbox.acceptAll(List.of(anEvent(300).privateChat(30).text("first").build(), lost,
				anEvent(302).privateChat(30).text("new").build(), anEvent(299).privateChat(30).text("zeroth").build()));
		this.inbox.accept(anEvent(303).privateChat(30).text("later").build());
		await().atMost(Duration.ofSeconds(30)).until(() -> isDone(303));
		assertThat(this.echo.seen).containsExactly(299L, 300L, 301L, 302L, 303L);
		assertThat(isDone(301)).isTrue();
	}

	@Test
	void aHandledUpdateKeepsOnlyItsId() {
		this.inbox.accept(anEvent(2).privateChat(2).text("my secret words").build());
		await().until(() -> isDone(2));
		Document stored = this.mongo.getCollection("inbox").find(new Document("_id", 2L)).first();
		assertThat(stored.toJson()).doesNotContain("my secret words");
		assertThat(stored.get("event")).isNull();
	}

	@Test
	void updatesOfOneChatAreHandledInOrder() {
		for (int i = 10; i < 60; i++) {
			this.inbox.accept(anEvent(i).privateChat(3).text("m" + i).build());
		}
		await().until(() -> this.echo.seen.size() == 50);
		assertThat(this.echo.seen).isSorted();
	}

	@Test
	void aHandlerThatFailsTwiceIsRetriedAndAnswersOnce() {
		this.echo.failuresLeft.put(70L, new AtomicInteger(2));
		this.inbox.accept(anEvent(70).privateChat(4).text("flaky").build());
		await().until(() -> isDone(70));
		assertThat(this.echo.seen).containsExactly(70L);
		assertThat(repliesTo(4)).singleElement().satisfies((entry) -> assertThat(entry.seq()).isZero());
	}

	@Test
	void aRepeatIsHandledAsStoredWithTheReceiptOfItsFirstDelivery() {
		// Stored, but the acknowledgement was lost: Telegram delivers it again.
		InboundEvent first = anEvent(71).privateChat(11).text("again").build().withReceipt("rFirstDelivery");
		this.mongo.insert(
				new InboxEntry(71, 11, InboxState.PENDING, first, 0, Instant.now(), null, InboxEntry.SCHEMA_VERSION));

		assertThat(this.inbox.accept(anEvent(71).privateChat(11).text("again").build())).isFalse();

		await().atMost(Duration.ofSeconds(10)).until(() -> isDone(71));
		assertThat(this.echo.receipts).containsExactly("rFirstDelivery");
		assertThat(repliesTo(11)).extracting(OutboxEntry::id).containsExactly("rFirstDelivery-0");
	}

	@Test
	void anUpdateIdThatComesAgainAfterTheWindowIsANewUpdateWithItsOwnReplies() {
		this.inbox.accept(anEvent(72).privateChat(12).text("before").build());
		await().atMost(Duration.ofSeconds(10)).until(() -> isDone(72));
		this.inbox.purgeHandledBefore(Instant.now().plusSeconds(1));

		this.inbox.accept(anEvent(72).privateChat(12).text("a week later").build());

		await().atMost(Duration.ofSeconds(10)).until(() -> isDone(72) && repliesTo(12).size() == 2);
		assertThat(this.echo.receipts).doesNotHaveDuplicates().hasSize(2);
	}

	@Test
	void forgettingAChatLeavesNoChatIdTimeOrPayloadAndStillDropsARepeat() {
		this.inbox.accept(anEvent(73).privateChat(13).text("handled").build());
		await().atMost(Duration.ofSeconds(10)).until(() -> isDone(73));
		// The update asking for the erasure: stored, still being handled.
		InboundEvent inProgress = anEvent(74).privateChat(13).text("forget me").build();
		this.mongo.insert(new InboxEntry(74, 13, InboxState.PENDING, inProgress.withReceipt("rInProgress"), 0,
				Instant.now(), null, InboxEntry.SCHEMA_VERSION));

		this.inbox.forgetChat(13);

		assertThat(this.mongo.getCollection("inbox").find(new Document("chatId", 13L)).first()).isNull();
		assertThat(this.mongo.findById(73L, InboxEntry.class)).isNull();
		Document kept = this.mongo.getCollection("inbox").find(new Document("_id", 74L)).first();
		assertThat(kept).doesNotContainKeys("receivedAt", "event").containsEntry("chatId", 0L);
		assertThat(kept.getString("state")).isEqualTo("DONE");
		assertThat(this.inbox.accept(inProgress)).as("a repeat of it").isFalse();
		await().during(Duration.ofMillis(300)).until(() -> !this.echo.receipts.contains("rInProgress"));
	}

	@Test
	void aHandlerThatAlwaysFailsEndsInAnApology() {
		this.echo.failuresLeft.put(80L, new AtomicInteger(99));
		this.inbox.accept(anEvent(80).privateChat(5).text("broken").build());
		await().atMost(Duration.ofSeconds(10)).until(() -> isDone(80));
		await().until(() -> this.api.calls()
			.stream()
			.anyMatch((c) -> c.call().chatId() == 5 && c.call().text() != null
					&& c.call().text().contains("went wrong")));
	}

	@Test
	void aReplyIsStoredBeforeTheHandlerGoesOn() {
		// Handlers rely on it: a state change made after a reply must never be stored
		// without the reply (a second run that sees the change does not reply again).
		this.inbox.accept(anEvent(81).privateChat(8).command("stored").build());
		await().atMost(Duration.ofSeconds(10)).until(() -> isDone(81));
		assertThat(this.storedCheck.seenStored).containsExactly(true);
	}

	@Test
	void aButtonPressIsAnsweredWhileItsHandlerIsStillAtWork() {
		this.slow.release = new java.util.concurrent.CountDownLatch(1);
		this.inbox.accept(anEvent(82).privateChat(9).press(500, "slow:go").build());
		await().atMost(Duration.ofSeconds(10))
			.until(() -> callsTo(9).stream().anyMatch((c) -> c.action() == OutboundAction.ANSWER_BUTTON));
		assertThat(callsTo(9)).noneMatch((c) -> c.action() == OutboundAction.SEND_MESSAGE);
		assertThat(isDone(82)).isFalse();
		this.slow.release.countDown();
		await().atMost(Duration.ofSeconds(10)).until(() -> isDone(82));
		await().atMost(Duration.ofSeconds(10))
			.until(() -> callsTo(9).stream().anyMatch((c) -> c.action() == OutboundAction.SEND_MESSAGE));
		assertThat(callsTo(9)).extracting(OutboundCall::action)
			.containsExactly(OutboundAction.ANSWER_BUTTON, OutboundAction.SEND_MESSAGE);
	}

	private List<OutboxEntry> repliesTo(long chatId) {
		return this.mongo.find(Query.query(org.springframework.data.mongodb.core.query.Criteria.where("chatId")
			.is(chatId)
			.and("action")
			.is(OutboundAction.SEND_MESSAGE)), OutboxEntry.class);
	}

	private List<OutboundCall> callsTo(long chatId) {
		return this.api.calls()
			.stream()
			.map(ScriptedBotApi.Recorded::call)
			.filter((c) -> c.chatId() == chatId)
			.toList();
	}

	@Test
	void handledIdsArePurgedAfterTheRetentionWindow() {
		this.inbox.accept(anEvent(90).privateChat(6).text("x").build());
		await().until(() -> isDone(90));
		assertThat(this.inbox.purgeHandledBefore(Instant.now().minusSeconds(60))).isZero();
		assertThat(this.inbox.purgeHandledBefore(Instant.now().plusSeconds(1))).isEqualTo(1);
		assertThat(this.inbox.lastUpdateId()).isZero();
	}

	private boolean isDone(long updateId) {
		InboxEntry entry = this.mongo.findById(updateId, InboxEntry.class);
		return entry != null && entry.state() == InboxState.DONE;
	}

	@TestConfiguration
	static class Handlers {

		@Bean
		EchoHandler echoHandler() {
			return new EchoHandler();
		}

		@Bean
		SlowButtons slowButtons() {
			return new SlowButtons();
		}

		@Bean
		StoredCheck storedCheck(MongoOperations mongo) {
			return new StoredCheck(mongo);
		}

	}

	static class EchoHandler implements InboundHandler {

		final List<Long> seen = new CopyOnWriteArrayList<>();

		final List<String> receipts = new CopyOnWriteArrayList<>();

		final Map<Long, AtomicInteger> failuresLeft = new ConcurrentHashMap<>();

		@Override
		public Route route() {
			return Route.conversation();
		}

		@Override
		public void handle(InboundEvent event, Replies replies) {
			replies.send("echo");
			AtomicInteger failures = this.failuresLeft.get(event.updateId());
			if (failures != null && failures.getAndDecrement() > 0) {
				throw new IllegalStateException("simulated failure");
			}
			this.seen.add(event.updateId());
			this.receipts.add(event.receipt());
		}

	}

	/** Answers a press at once, then works until released, then sends. */
	static class SlowButtons implements InboundHandler {

		volatile java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(0);

		@Override
		public Route route() {
			return Route.buttons("slow");
		}

		@Override
		public void handle(InboundEvent event, Replies replies) {
			replies.answerButton("working on it");
			try {
				assertThat(this.release.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			replies.send("done");
		}

	}

	/** Sends, then looks whether what it sent is in the store already. */
	static class StoredCheck implements InboundHandler {

		final List<Boolean> seenStored = new CopyOnWriteArrayList<>();

		private final MongoOperations mongo;

		StoredCheck(MongoOperations mongo) {
			this.mongo = mongo;
		}

		@Override
		public Route route() {
			return Route.commands("stored");
		}

		@Override
		public void handle(InboundEvent event, Replies replies) {
			OutboxRef ref = replies.send("noted");
			this.seenStored.add(this.mongo.findById(ref.entryId(), OutboxEntry.class) != null);
		}

	}

}
