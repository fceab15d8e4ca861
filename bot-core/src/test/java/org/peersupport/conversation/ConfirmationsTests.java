package org.peersupport.conversation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peersupport.conversation.Confirmations.Verdict;
import org.peersupport.messaging.ChatType;
import org.peersupport.messaging.InboundEvent;
import org.peersupport.messaging.InboundKind;
import org.peersupport.messaging.Outbox;
import org.peersupport.messaging.OutboxRef;

import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

class ConfirmationsTests {

	private static final long CHAT = 42;

	private static final OutboxRef QUESTION = new OutboxRef("u10-0");

	private final MongoServer server = started();

	private final MongoClient client = MongoClients
		.create("mongodb://127.0.0.1:" + this.server.getLocalAddress().getPort());

	private final MongoTemplate mongo = new MongoTemplate(this.client, "test");

	private final Outbox outbox = mock(Outbox.class);

	private Instant now = Instant.parse("2026-11-23T10:00:00Z");

	private final Confirmations confirmations = new Confirmations(this.mongo, this.outbox, Duration.ofMinutes(10),
			new Clock() {

				@Override
				public ZoneOffset getZone() {
					return ZoneOffset.UTC;
				}

				@Override
				public Clock withZone(java.time.ZoneId zone) {
					return this;
				}

				@Override
				public Instant instant() {
					return ConfirmationsTests.this.now;
				}

			});

	@AfterEach
	void stop() {
		this.client.close();
		this.server.shutdownNow();
	}

	@Test
	void askingTheSameQuestionAgainOnARetryKeepsItsNonceAndANewQuestionReplacesIt() {
		String nonce = open(10);

		assertThat(open(10)).isEqualTo(nonce);
		String newer = open(11);
		assertThat(newer).isNotEqualTo(nonce).hasSize(12);
		assertThat(this.confirmations.take(press(12, 100), "forget", nonce)).isEqualTo(Verdict.REPLACED);
	}

	@Test
	void aPressIsTakenOnceAndARetryOfTheSameUpdateGetsTheSameAnswer() {
		String nonce = open(10);

		assertThat(this.confirmations.take(press(12, 100), "forget", nonce)).isEqualTo(Verdict.TAKEN);
		this.now = this.now.plus(Duration.ofMinutes(30));
		assertThat(this.confirmations.take(press(12, 100), "forget", nonce)).isEqualTo(Verdict.TAKEN);
		assertThat(this.confirmations.take(press(13, 100), "forget", nonce)).isEqualTo(Verdict.REFUSED);
	}

	@Test
	void aPressAfterTheExpiryOrOnAnotherMessageIsNotTaken() {
		String nonce = open(10);

		assertThat(this.confirmations.take(press(12, 99), "forget", nonce)).isEqualTo(Verdict.REFUSED);
		this.now = this.now.plus(Duration.ofMinutes(10));
		assertThat(this.confirmations.take(press(13, 100), "forget", nonce)).isEqualTo(Verdict.EXPIRED);
	}

	@Test
	void closedAndForgottenConfirmationsAreRefused() {
		String nonce = open(10);
		this.confirmations.close(CHAT, "forget", nonce);
		assertThat(this.confirmations.take(press(12, 100), "forget", nonce)).isEqualTo(Verdict.REFUSED);

		String next = open(13);
		this.confirmations.forgetChat(CHAT);
		assertThat(this.confirmations.take(press(14, 100), "forget", next)).isEqualTo(Verdict.REFUSED);
		assertThat(this.mongo.getCollection("confirmations").countDocuments()).isZero();
	}

	@Test
	void ofPressesRacingOnlyOneIsTaken() throws Exception {
		String nonce = open(10);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<Verdict>> verdicts = new ArrayList<>();
			for (int i = 0; i < 16; i++) {
				long updateId = 100 + i;
				Callable<Verdict> take = () -> this.confirmations.take(press(updateId, 100), "forget", nonce);
				verdicts.add(pool.submit(take));
			}
			List<Verdict> results = new ArrayList<>();
			for (Future<Verdict> verdict : verdicts) {
				results.add(verdict.get());
			}
			assertThat(results).containsOnlyOnce(Verdict.TAKEN).containsOnly(Verdict.TAKEN, Verdict.REFUSED);
		}
		finally {
			pool.shutdownNow();
		}
	}

	private String open(long updateId) {
		String nonce = this.confirmations.open(event(updateId, InboundKind.COMMAND, null), "forget");
		this.confirmations.sentIn(CHAT, "forget", nonce, QUESTION);
		given(this.outbox.sentMessageId(any())).willReturn(Optional.of(100L));
		return nonce;
	}

	private InboundEvent press(long updateId, long messageId) {
		return event(updateId, InboundKind.BUTTON, messageId);
	}

	private InboundEvent event(long updateId, InboundKind kind, Long messageId) {
		return new InboundEvent(updateId, kind, CHAT, ChatType.PRIVATE, CHAT, messageId, null, null, null, null, "en",
				null, null, this.now);
	}

	private static MongoServer started() {
		MongoServer server = new MongoServer(new MemoryBackend());
		server.bind("127.0.0.1", 0);
		return server;
	}

}
