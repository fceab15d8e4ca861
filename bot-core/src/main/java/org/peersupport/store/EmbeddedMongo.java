package org.peersupport.store;

import java.net.InetSocketAddress;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.peersupport.store.StoreProperties.Backend;

/**
 * An in-process MongoDB-compatible server (mongo-java-server) on a loopback port, with
 * the durable H2 file backend or the memory backend.
 */
public final class EmbeddedMongo implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(EmbeddedMongo.class);

	private final MongoServer server;

	private final String connectionString;

	private final StoreProperties properties;

	private EmbeddedMongo(MongoServer server, StoreProperties properties) {
		this.server = server;
		this.properties = properties;
		InetSocketAddress address = server.getLocalAddress();
		this.connectionString = "mongodb://127.0.0.1:" + address.getPort() + "/" + properties.database();
	}

	/**
	 * Starts a server as the properties say and binds it to 127.0.0.1 on a free port.
	 * @throws EmbeddedStoreException if the data file cannot be opened
	 */
	public static EmbeddedMongo start(StoreProperties properties) {
		MongoServer server = new MongoServer(backend(properties));
		try {
			server.bind("127.0.0.1", 0);
		}
		catch (RuntimeException ex) {
			server.shutdownNow();
			throw ex;
		}
		EmbeddedMongo mongo = new EmbeddedMongo(server, properties);
		logger.info("Embedded MongoDB (" + describe(properties) + ") listening on 127.0.0.1:"
				+ server.getLocalAddress().getPort());
		return mongo;
	}

	private static MongoBackend backend(StoreProperties properties) {
		if (properties.embedded() == Backend.MEMORY) {
			return new MemoryBackend();
		}
		if (!properties.encrypted()) {
			logger.warn("The data file " + properties.dataFile()
					+ " is not encrypted: set PEER_DATA_KEY to encrypt the personal data it holds.");
		}
		return new DurableH2Backend(DataFile.open(properties.dataFile(), properties.dataKey()));
	}

	private static String describe(StoreProperties properties) {
		if (properties.embedded() == Backend.MEMORY) {
			return "memory, nothing is kept after the process ends";
		}
		return (properties.encrypted() ? "encrypted" : "unencrypted") + " file " + properties.dataFile();
	}

	/**
	 * The connection string, with the database, e.g.
	 * {@code mongodb://127.0.0.1:41234/peersupport}.
	 */
	public String connectionString() {
		return this.connectionString;
	}

	/** The properties the server was started with. */
	public StoreProperties properties() {
		return this.properties;
	}

	/** Stops listening, ends open connections and closes the data file. */
	@Override
	public void close() {
		this.server.shutdown();
	}

}
