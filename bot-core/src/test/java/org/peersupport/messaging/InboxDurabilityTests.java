package org.peersupport.messaging;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.BsonDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Before updates are acknowledged to Telegram the inbox asks the store for its journal:
 * MongoDB then waits for it, and the embedded store syncs its file (StoreSyncTests).
 */
class InboxDurabilityTests {

	private final List<BsonDocument> commands = new CopyOnWriteArrayList<>();

	private MongoServer server;

	private MongoClient client;

	@BeforeEach
	void start() {
		this.server = new MongoServer(new MemoryBackend());
		InetSocketAddress address = this.server.bind();
		CommandListener listener = new CommandListener() {
			@Override
			public void commandStarted(CommandStartedEvent event) {
				InboxDurabilityTests.this.commands.add(event.getCommand().clone());
			}
		};
		this.client = MongoClients.create(MongoClientSettings.builder()
			.applyConnectionString(
					new ConnectionString("mongodb://" + address.getHostString() + ":" + address.getPort()))
			.addCommandListener(listener)
			.build());
	}

	@AfterEach
	void stop() {
		this.client.close();
		this.server.shutdownNow();
	}

	@Test
	void makingUpdatesDurableAsksForTheJournalAndChangesNothing() {
		MongoTemplate mongo = new MongoTemplate(this.client, "test");
		Inbox inbox = new Inbox(mongo, Clock.systemUTC());

		inbox.makeDurable();

		List<BsonDocument> writes = this.commands.stream().filter((command) -> command.containsKey("update")).toList();
		assertThat(writes).hasSize(1);
		assertThat(writes.get(0).getDocument("writeConcern").getBoolean("j").getValue()).isTrue();
		assertThat(mongo.count(new org.springframework.data.mongodb.core.query.Query(), InboxEntry.class)).isZero();
	}

}
