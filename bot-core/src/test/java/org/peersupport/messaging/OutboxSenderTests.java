package org.peersupport.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peersupport.store.MemoryStore;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoOperations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.awaitility.Awaitility.await;

@SpringBootTest(classes = MessagingTestApplication.class,
		properties = { "peer.messaging.retry-initial=50ms", "peer.messaging.max-attempts=3",
				"peer.messaging.rate.private-burst=100", "spring.quartz.auto-startup=false" })
@MemoryStore
class OutboxSenderTests {

	@Autowired
	Outbox outbox;

	@Autowired
	ScriptedBotApi api;

	@Autowired
	MongoOperations mongo;

	@Autowired
	ChatReachability reachability;

	@Autowired
	OutboxStore store;

	@BeforeEach
	void clean() {
		this.api.reset();
		this.mongo.remove(new org.springframework.data.mongodb.core.query.Query(), OutboxEntry.class);
	}

	@Test
	void aStoredMessageIsSentAndItsTextIsNotKept() {
		OutboxRef ref = this.outbox.put("t1", 0, send(11L, "hello"));
		await().until(() -> state(ref) == OutboxState.SENT);
		assertThat(this.api.calls()).singleElement().satisfies((r) -> assertThat(r.call().text()).isEqualTo("hello"));
		OutboxEntry entry = this.mongo.findById(ref.entryId(), OutboxEntry.class);
		assertThat(entry.text()).isNull();
		assertThat(entry.sentMessageId()).isNotNull();
	}

	@Test
	void thesameOriginAndSequenceIsStoredAndSentOnce() {
		this.outbox.put("t2", 0, send(12L, "once"));
		this.outbox.put("t2", 0, send(12L, "once"));
		await().until(() -> count(OutboxState.SENT) == 1);
		await().during(Duration.ofMillis(300)).until(() -> this.api.calls().size() == 1);
	}

	@Test
	void serverErrorsAreRetriedThenDeadLettered() {
		this.api.thenAnswer(new SendOutcome.Transient(502), new SendOutcome.Transient(502),
				new SendOutcome.Transient(502));
		OutboxRef ref = this.outbox.put("t3", 0, send(13L, "doomed"));
		await().until(() -> state(ref) == OutboxState.DEAD);
		assertThat(this.api.calls()).hasSize(3);
		assertThat(this.outbox.deadLetters(0, 10)).extracting(OutboxEntry::id).containsExactly(ref.entryId());
		assertThat(this.mongo.findById(ref.entryId(), OutboxEntry.class).lastErrorCode()).isEqualTo(502);
	}

	@Test
	void aRetriedInviteLinkMessageSendsTheLinkCreatedTheFirstTime() {
		// the link is created, then the send fails once with a server error
		this.api.thenAnswer(new SendOutcome.LinkCreated("https://t.me/+first"), new SendOutcome.Transient(502));
		OutboxRef ref = this.outbox.put("t-link", 0, new Outgoing.CreateInviteLinkAndSend(21L, -500L, "place 1",
				Duration.ofDays(7), "Your link: " + Outgoing.CreateInviteLinkAndSend.LINK));

		await().until(() -> state(ref) == OutboxState.SENT);

		assertThat(this.api.linksCreated()).as("one link, also across the retry").hasSize(1);
		assertThat(this.api.calls()).hasSize(2)
			.allSatisfy((r) -> assertThat(r.call().text()).isEqualTo("Your link: https://t.me/+first"));
		assertThat(this.mongo.findById(ref.entryId(), OutboxEntry.class).inviteLink()).as("not kept once sent")
			.isNull();
	}

	@Test
	void anInviteLinkTheBotCannotCreateIsDeadLetteredWithoutMarkingThePersonUnreachable() {
		this.api.thenAnswer(new SendOutcome.Blocked());
		OutboxRef ref = this.outbox.put("t-link2", 0, new Outgoing.CreateInviteLinkAndSend(22L, -501L, "place 2",
				Duration.ofDays(7), "Your link: " + Outgoing.CreateInviteLinkAndSend.LINK));

		await().until(() -> state(ref) == OutboxState.DEAD);

		assertThat(this.reachability.isUnreachable(22L)).isFalse();
		assertThat(this.api.calls()).isEmpty();
	}

	@Test
	void aDeadLetterCanBeRetried() {
		this.api.thenAnswer(new SendOutcome.Rejected(400, "Bad Request: chat not found"));
		OutboxRef ref = this.outbox.put("t4", 0, send(14L, "again"));
		await().until(() -> state(ref) == OutboxState.DEAD);
		assertThat(this.outbox.retryDeadLetter(ref.entryId())).isTrue();
		await().until(() -> state(ref) == OutboxState.SENT);
	}

	@Test
	void retryAfterIsHonouredForTheChat() {
		this.api.thenAnswer(new SendOutcome.RetryAfter(Duration.ofSeconds(1)));
		OutboxRef ref = this.outbox.put("t5", 0, send(15L, "wait for it"));
		await().atMost(Duration.ofSeconds(5)).until(() -> state(ref) == OutboxState.SENT);
		List<ScriptedBotApi.Recorded> calls = this.api.calls();
		assertThat(calls).hasSize(2);
		assertThat(Duration.between(calls.get(0).at(), calls.get(1).at()))
			.isGreaterThanOrEqualTo(Duration.ofSeconds(1));
	}

	@Test
	void blockedChatIsMarkedUnreachableAndNothingMoreIsSentThere() {
		this.api.thenAnswer(new SendOutcome.Blocked());
		OutboxRef first = this.outbox.put("t6", 0, send(16L, "one"));
		OutboxRef second = this.outbox.put("t6", 1, send(16L, "two"));
		await().until(() -> state(second) == OutboxState.CANCELLED);
		assertThat(state(first)).isEqualTo(OutboxState.CANCELLED);
		assertThat(this.reachability.isUnreachable(16L)).isTrue();
		assertThat(this.api.calls()).hasSize(1);
		this.reachability.markReachable(16L);
	}

	@Test
	void messagesToOneChatGoInOrderEvenAcrossRetries() {
		this.api.thenAnswer(new SendOutcome.Transient(500));
		for (int i = 0; i < 5; i++) {
			this.outbox.put("t7", i, send(17L, "m" + i));
		}
		await().until(() -> count(OutboxState.SENT) == 5);
		List<String> texts = this.api.calls().stream().map((r) -> r.call().text()).toList();
		assertThat(texts).containsExactly("m0", "m0", "m1", "m2", "m3", "m4");
	}

	@Test
	void anEditOfAnEarlierEntryWaitsForItsMessageId() {
		this.api.thenAnswer(new SendOutcome.Transient(500));
		OutboxRef sent = this.outbox.put("t8", 0, send(18L, "first"));
		this.outbox.put("t8", 1, new Outgoing.EditText(18L, Outgoing.MessageTarget.entry(sent), "edited", List.of()));
		await().until(() -> count(OutboxState.SENT) == 2);
		Long messageId = this.mongo.findById(sent.entryId(), OutboxEntry.class).sentMessageId();
		assertThat(this.api.calls()).last().satisfies((r) -> {
			assertThat(r.call().action()).isEqualTo(OutboundAction.EDIT_TEXT);
			assertThat(r.call().messageId()).isEqualTo(messageId);
		});
	}

	@Test
	void aWaitingCallIsSupersededByALaterOneWithTheSameKey() {
		// The first attempt is told to wait: the chat is at Telegram's limit.
		this.api.thenAnswer(new SendOutcome.RetryAfter(Duration.ofSeconds(1)));
		OutboxRef first = this.outbox.put("t13", 0, send(-21L, "crisis: 1"), SendPriority.CRISIS, "about:P-1");
		await().until(() -> this.api.calls().size() == 1);
		OutboxRef second = this.outbox.put("t14", 0, send(-21L, "crisis: 2"), SendPriority.CRISIS, "about:P-1");
		OutboxRef other = this.outbox.put("t15", 0, send(-21L, "crisis of another"), SendPriority.CRISIS, "about:P-2");
		OutboxRef third = this.outbox.put("t16", 0, send(-21L, "crisis: 3"), SendPriority.CRISIS, "about:P-1");

		await().atMost(Duration.ofSeconds(10)).until(() -> state(third) == OutboxState.SENT);
		assertThat(state(first)).isEqualTo(OutboxState.CANCELLED);
		assertThat(state(second)).isEqualTo(OutboxState.CANCELLED);
		assertThat(state(other)).isEqualTo(OutboxState.SENT);
		assertThat(this.api.calls()).extracting((r) -> r.call().text())
			.containsExactly("crisis: 1", "crisis of another", "crisis: 3");
		assertThat(this.mongo.getCollection("outbox").find(new org.bson.Document("supersedeKey", "about:P-1")).first())
			.as("the key goes once the calls are done")
			.isNull();
	}

	@Test
	void aMigratedGroupGetsItsWaitingMessagesAtTheNewId() {
		this.api.thenAnswer(new SendOutcome.Migrated(-1001234567890123L));
		OutboxRef ref = this.outbox.put("t9", 0, new Outgoing.SendMessage(-19L, true, "to the group", List.of()));
		await().until(() -> state(ref) == OutboxState.SENT);
		assertThat(this.api.calls()).last()
			.satisfies((r) -> assertThat(r.call().chatId()).isEqualTo(-1001234567890123L));
	}

	@Test
	void messagesToManyChatsAtOnceAreAllRecordedAsSent() {
		List<OutboxRef> refs = new java.util.ArrayList<>();
		for (long chat = 300; chat < 340; chat++) {
			refs.add(this.outbox.put("t11-" + chat, 0, send(chat, "to " + chat)));
		}
		await().atMost(Duration.ofSeconds(30))
			.until(() -> refs.stream().allMatch((ref) -> state(ref) == OutboxState.SENT));
		assertThat(refs).allSatisfy((ref) -> {
			OutboxEntry entry = this.mongo.findById(ref.entryId(), OutboxEntry.class);
			assertThat(entry.sentMessageId()).isNotNull();
			assertThat(entry.text()).isNull();
		});
		assertThat(this.api.calls()).filteredOn((r) -> r.call().chatId() >= 300 && r.call().chatId() < 340).hasSize(40);
	}

	@Test
	void severalSentEntriesAreRecordedWithOneWrite() {
		// stored as cancelled, so the sender leaves them alone
		this.mongo.insert(new OutboxEntry("t12-0", "t12", 0, OutboundAction.SEND_MESSAGE, 41L, false, "a", List.of(),
				null, null, null, null, false, OutboxState.CANCELLED, 0, null, 0, null, null, Instant.now(), null,
				OutboxEntry.SCHEMA_VERSION));
		this.mongo.insert(new OutboxEntry("t12-1", "t12", 1, OutboundAction.SEND_MESSAGE, 42L, false, "b", List.of(),
				null, null, null, null, false, OutboxState.CANCELLED, 0, null, 0, null, null, Instant.now(), null,
				OutboxEntry.SCHEMA_VERSION));
		Instant now = Instant.now();
		this.store
			.markSent(List.of(new OutboxStore.Sent("t12-0", 501L, now), new OutboxStore.Sent("t12-1", 502L, now)));
		OutboxEntry first = this.mongo.findById("t12-0", OutboxEntry.class);
		OutboxEntry second = this.mongo.findById("t12-1", OutboxEntry.class);
		assertThat(first.state()).isEqualTo(OutboxState.SENT);
		assertThat(first.sentMessageId()).isEqualTo(501L);
		assertThat(first.text()).isNull();
		assertThat(second.state()).isEqualTo(OutboxState.SENT);
		assertThat(second.sentMessageId()).isEqualTo(502L);
	}

	@Test
	void tooLongTextOrButtonDataIsRefusedBeforeItIsStored() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.outbox.put("t10", 0, send(20L, "x".repeat(4097))));
		assertThatIllegalArgumentException().isThrownBy(() -> this.outbox.put("t10", 1,
				new Outgoing.SendMessage(20L, false, "ok", List.of(List.of(new Button("b", "d".repeat(65)))))));
		assertThat(this.mongo.count(new org.springframework.data.mongodb.core.query.Query(), OutboxEntry.class))
			.isZero();
	}

	private static Outgoing send(long chat, String text) {
		return new Outgoing.SendMessage(chat, false, text, List.of());
	}

	private OutboxState state(OutboxRef ref) {
		OutboxEntry entry = this.mongo.findById(ref.entryId(), OutboxEntry.class);
		return (entry != null) ? entry.state() : null;
	}

	private long count(OutboxState state) {
		return this.outbox.count(state);
	}

}
