package org.peersupport.messaging;

import java.time.Duration;
import java.util.List;

import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peersupport.store.MemoryStore;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;

@SpringBootTest(classes = MessagingTestApplication.class,
		properties = { "peer.messaging.retry-initial=50ms", "peer.messaging.sweep-interval=200ms",
				"spring.quartz.auto-startup=false" })
@MemoryStore
class OutboxSenderRecoveryTests {

	@MockitoSpyBean
	OutboxStore store;

	@Autowired
	Outbox outbox;

	@Autowired
	ScriptedBotApi api;

	@Autowired
	OutboxSender sender;

	@Autowired
	MongoOperations mongo;

	@BeforeEach
	void clean() {
		this.api.reset();
	}

	@Test
	void aSentMarkTheStoreRefusedIsWrittenAgainAndTheMessageIsNotSentAgain() {
		doThrow(new DataAccessResourceFailureException("store down")).doCallRealMethod()
			.when(this.store)
			.markSent(anyList());
		OutboxRef ref = this.outbox.put("mark", 0, new Outgoing.SendMessage(31L, false, "only once", List.of()));
		await().atMost(Duration.ofSeconds(30)).until(() -> state(ref) == OutboxState.SENT);
		await().during(Duration.ofMillis(300)).until(() -> this.api.calls().size() == 1);
		assertThat(this.api.calls()).singleElement()
			.satisfies((call) -> assertThat(call.call().text()).isEqualTo("only once"));
		verify(this.store, atLeast(2)).markSent(anyList());
	}

	@Test
	void aSweepThatFindsAnEntryBeforeItsInserterSchedulesItDoesNotSendItTwice() {
		// The periodic sweep reads pending entries; here it runs right after the insert,
		// before Outbox.put hands the entry to the sender, and its send may finish first.
		doAnswer((call) -> {
			Object stored = call.callRealMethod();
			this.sender.sweepNow();
			try {
				await().atMost(Duration.ofMillis(500)).until(() -> callsTo(32L) > 0);
			}
			catch (ConditionTimeoutException ex) {
				// the sweep left it to its inserter: what the fix does
			}
			return stored;
		}).when(this.store).insertAll(anyList());
		OutboxRef ref = this.outbox.put("swept", 0, new Outgoing.SendMessage(32L, false, "just once", List.of()));
		await().atMost(Duration.ofSeconds(30)).until(() -> state(ref) == OutboxState.SENT);
		await().during(Duration.ofMillis(500)).until(() -> callsTo(32L) == 1);
	}

	@Test
	void aSendThatFailsUnexpectedlyIsTriedAgainByTheSweep() {
		this.api.failNextWith(new IllegalStateException("a bug in the port"));
		OutboxRef ref = this.outbox.put("bug", 0, new Outgoing.SendMessage(33L, false, "eventually", List.of()));
		await().atMost(Duration.ofSeconds(30)).until(() -> state(ref) == OutboxState.SENT);
		assertThat(callsTo(33L)).isEqualTo(2);
	}

	private long callsTo(long chatId) {
		return this.api.calls().stream().filter((call) -> call.call().chatId() == chatId).count();
	}

	private OutboxState state(OutboxRef ref) {
		OutboxEntry entry = this.mongo.findById(ref.entryId(), OutboxEntry.class);
		return (entry != null) ? entry.state() : null;
	}

}
