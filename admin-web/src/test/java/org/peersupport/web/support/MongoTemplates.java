package org.peersupport.web.support;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;

import org.springframework.data.mongodb.core.MongoTemplate;

/** A MongoTemplate on a fresh in-memory server, for tests that need no Spring context. */
public final class MongoTemplates implements AutoCloseable {

	private final MongoServer server = EmbeddedMongoTestConfiguration.startMemoryServer();

	private final MongoClient client = MongoClients
		.create(EmbeddedMongoTestConfiguration.connectionString(this.server, "test"));

	public MongoTemplate template() {
		return new MongoTemplate(this.client, "test");
	}

	@Override
	public void close() {
		this.client.close();
		this.server.shutdownNow();
	}

}
