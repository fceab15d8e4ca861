package org.peersupport.conversation;

import java.time.Instant;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peersupport.messaging.ChatType;
import org.peersupport.messaging.InboundEvent;
import org.peersupport.messaging.InboundKind;

import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class ConversationsTests {

	private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

	private final MongoServer server = started();

	private final MongoClient client = MongoClients
		.create("mongodb://127.0.0.1:" + this.server.getLocalAddress().getPort());

	private final MongoTemplate mongo = new MongoTemplate(this.client, "test");

	private final Conversations conversations = new Conversations(this.mongo);

	@AfterEach
	void stop() {
		this.client.close();
		this.server.shutdownNow();
	}

	@Test
	void onlyTheUpdateLastHandledCountsAsHandledWhateverTheIds() {
		Conversation conversation = Conversation.create(7);
		conversation.markHandled(event(500, "rA"), NOW);

		assertThat(conversation.handled(event(500, "rA"))).isTrue();
		assertThat(conversation.handled(event(1, "rB"))).as("an id Telegram used again").isFalse();
		assertThat(conversation.handled(event(500, "rC"))).as("the same id, another update").isFalse();
	}

	@Test
	void aConversationStoredWithOnlyAnUpdateIdStillWorks() {
		this.mongo.getCollection("conversations")
			.insertOne(new Document("_id", 7L).append("run", 1)
				.append("scriptId", "onboarding")
				.append("scriptVersion", 1)
				.append("stepId", "consent")
				.append("locale", "en")
				.append("status", "ACTIVE")
				.append("lastUpdateId", 10L)
				.append("version", 3L)
				.append("schemaVersion", 1));

		Conversation stored = this.conversations.find(7).orElseThrow();
		// The update in progress before the upgrade, stored then without a receipt.
		assertThat(stored.handled(new InboundEvent(10, InboundKind.TEXT, 7, ChatType.PRIVATE, 7L, null, "hi", null,
				null, null, "en", null, null, NOW)))
			.isTrue();
		assertThat(stored.handled(event(3, "rNew"))).as("a lower id after a jump back").isFalse();

		stored.markHandled(event(3, "rNew"), NOW);
		this.conversations.save(stored);
		Document saved = this.mongo.getCollection("conversations").find(new Document("_id", 7L)).first();
		assertThat(saved.getString("lastReceipt")).isEqualTo("rNew");
		assertThat(saved.getInteger("schemaVersion")).isEqualTo(Conversation.SCHEMA_VERSION);
		assertThat(this.conversations.find(7).orElseThrow().handled(event(3, "rNew"))).isTrue();
	}

	private static InboundEvent event(long updateId, String receipt) {
		return new InboundEvent(updateId, InboundKind.TEXT, 7, ChatType.PRIVATE, 7L, null, "hi", null, null, null, "en",
				null, null, NOW, receipt);
	}

	private static MongoServer started() {
		MongoServer server = new MongoServer(new MemoryBackend());
		server.bind("127.0.0.1", 0);
		return server;
	}

}
