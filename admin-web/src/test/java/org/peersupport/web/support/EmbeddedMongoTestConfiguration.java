package org.peersupport.web.support;

import java.net.InetSocketAddress;

import com.mongodb.ConnectionString;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * An in-memory mongo-java-server on a loopback port for tests without Spring. Spring
 * tests use bot-core's embedded-store auto-configuration on the memory backend (test
 * application.properties).
 */
public final class EmbeddedMongoTestConfiguration {

	private EmbeddedMongoTestConfiguration() {
	}

	/**
	 * A started in-memory server on 127.0.0.1 and a free port, for tests without Spring.
	 */
	public static MongoServer startMemoryServer() {
		MongoServer server = new MongoServer(new MemoryBackend());
		server.bind("127.0.0.1", 0);
		return server;
	}

	public static ConnectionString connectionString(MongoServer server, String database) {
		InetSocketAddress address = server.getLocalAddress();
		return new ConnectionString("mongodb://127.0.0.1:" + address.getPort() + "/" + database);
	}

}
