package org.peersupport.conversation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peersupport.BotTestApplication;
import org.peersupport.leases.InstanceId;
import org.peersupport.leases.ItemLeases;
import org.peersupport.messaging.Outbox;
import org.peersupport.messaging.OutboxEntry;
import org.peersupport.store.MemoryStore;
import org.peersupport.testing.MutableClock;
import org.peersupport.testing.Race;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.assertj.core.api.Assertions.assertThat;

// The whole bot in sandbox mode (no token): the notes go through the real outbox.
@SpringBootTest(classes = BotTestApplication.class, properties = "spring.quartz.auto-startup=false")
@MemoryStore
class IdleConversationsTests {

	private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

	private static final Duration TIMEOUT = Duration.ofHours(24);

	@Autowired
	MongoOperations mongo;

	@Autowired
	Outbox outbox;

	@Autowired
	ScriptCatalog catalog;

	@Autowired
	IdleConversations idle;

	private final MutableClock clock = new MutableClock(NOW);

	@BeforeEach
	void clean() {
		this.mongo.remove(new Query(), Conversation.class);
		this.mongo.remove(new Query(), OutboxEntry.class);
	}

	@Test
	void twoInstancesPauseEachIdleConversationOnceWithOneNote() throws Exception {
		for (long chatId = 1; chatId <= 40; chatId++) {
			storeActive(chatId, NOW.minus(TIMEOUT).minusSeconds(chatId));
		}
		storeActive(99, NOW.minusSeconds(60));
		IdleConversations first = instance("first");
		IdleConversations second = instance("second");

		List<Integer> paused = Race.run(List.<Callable<Integer>>of(first::pauseIdle, second::pauseIdle));

		assertThat(paused.get(0) + paused.get(1)).isEqualTo(40);
		for (long chatId = 1; chatId <= 40; chatId++) {
			assertThat(status(chatId)).isEqualTo(ConversationStatus.PAUSED);
			assertThat(notesTo(chatId)).isOne();
		}
		assertThat(status(99)).isEqualTo(ConversationStatus.ACTIVE);
		assertThat(notesTo(99)).isZero();
		assertThat(this.mongo.findAll(Document.class, "conversations"))
			.allSatisfy((stored) -> assertThat(stored).doesNotContainKeys(ItemLeases.OWNER, ItemLeases.UNTIL));
	}

	@Test
	void aConversationClaimedByACrashedInstanceIsPausedByAnotherOnlyAfterTheClaimEnds() {
		storeActive(7, NOW.minus(TIMEOUT).minusSeconds(1));
		ItemLeases crashed = new ItemLeases(this.mongo, new InstanceId("crashed"), this.clock);
		assertThat(crashed.claimNext(Conversation.class, Conversations.idleSince(7, NOW.minus(TIMEOUT)),
				Duration.ofMinutes(2)))
			.isPresent();
		IdleConversations other = instance("other");

		assertThat(other.pauseIdle()).isZero();
		assertThat(status(7)).isEqualTo(ConversationStatus.ACTIVE);
		assertThat(notesTo(7)).isZero();

		this.clock.advance(Duration.ofMinutes(2));
		assertThat(other.pauseIdle()).isOne();
		assertThat(status(7)).isEqualTo(ConversationStatus.PAUSED);
		assertThat(notesTo(7)).isOne();
	}

	private IdleConversations instance(String id) {
		return new IdleConversations(new Conversations(this.mongo), this.outbox,
				new ItemLeases(this.mongo, new InstanceId(id), this.clock), TIMEOUT, this.clock,
				(conversation) -> "onboarding-plain".equals(conversation.scriptId()));
	}

	@Test
	void aConversationOfAPlainLanguageScriptGetsThePlainNote() {
		storeActive(21, NOW.minus(TIMEOUT).minusSeconds(1), "onboarding-plain",
				this.catalog.published("onboarding-plain").version());
		storeActive(22, NOW.minus(TIMEOUT).minusSeconds(1), "onboarding",
				this.catalog.published("onboarding").version());

		// the service's own instance, which asks the script catalog
		assertThat(this.idle.pauseIdle()).isEqualTo(2);

		assertThat(noteTo(21)).isEqualTo("We stopped our talk for now. It was quiet for a while. Nothing is lost. "
				+ "Send /start when you are ready.");
		assertThat(noteTo(22)).startsWith("We paused our conversation because it was quiet for a while.");
	}

	@Test
	void aConversationAPromptStartedEndsQuietlyInsteadOfPausing() {
		storeActive(31, NOW.minus(TIMEOUT).minusSeconds(1));
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(31L)), new Update().set("fromPrompt", true),
				"conversations");
		storeActive(32, NOW.minus(TIMEOUT).minusSeconds(1));

		assertThat(instance("one").pauseIdle()).isOne();

		assertThat(status(31)).isEqualTo(ConversationStatus.FINISHED);
		assertThat(notesTo(31)).isZero();
		assertThat(status(32)).isEqualTo(ConversationStatus.PAUSED);
		assertThat(notesTo(32)).isOne();
	}

	private void storeActive(long chatId, Instant lastActivityAt) {
		storeActive(chatId, lastActivityAt, "onboarding", 1);
	}

	private void storeActive(long chatId, Instant lastActivityAt, String scriptId, int scriptVersion) {
		this.mongo.insert(new Document("_id", chatId).append("run", 1)
			.append("scriptId", scriptId)
			.append("scriptVersion", scriptVersion)
			.append("stepId", "consent")
			.append("locale", "en")
			.append("status", ConversationStatus.ACTIVE.name())
			.append("lastUpdateId", 10L + chatId)
			.append("lastActivityAt", lastActivityAt)
			.append("version", 3L)
			.append("schemaVersion", Conversation.SCHEMA_VERSION), "conversations");
	}

	private ConversationStatus status(long chatId) {
		return new Conversations(this.mongo).find(chatId).orElseThrow().status();
	}

	private String noteTo(long chatId) {
		return this.mongo.findOne(Query.query(Criteria.where("chatId").is(chatId)), Document.class, "outbox")
			.getString("text");
	}

	private long notesTo(long chatId) {
		return this.mongo.count(Query.query(Criteria.where("chatId").is(chatId)), OutboxEntry.class);
	}

}
