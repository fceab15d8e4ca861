package org.peersupport.store;

import java.net.InetSocketAddress;
import java.time.Clock;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.peersupport.store.StoreProperties.Backend;

/**
 * An in-process MongoDB-compatible server (mongo-java-server) on a loopback port, with
 * the durable H2 file backend or the memory backend. The H2 file is rewritten without
 * removed data on the schedule the properties give.
 */
public final class EmbeddedMongo implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(EmbeddedMongo.class);

	private final MongoServer server;

	private final String connectionString;

	private final StoreProperties properties;

	private final RewritableBackend file;

	private final RewriteSchedule rewrites;

	private EmbeddedMongo(MongoServer server, StoreProperties properties, RewritableBackend file,
			RewriteSchedule rewrites) {
		this.server = server;
		this.properties = properties;
		this.file = file;
		this.rewrites = rewrites;
		InetSocketAddress address = server.getLocalAddress();
		this.connectionString = "mongodb://127.0.0.1:" + address.getPort() + "/" + properties.database();
	}

	/**
	 * Starts a server as the properties say and binds it to 127.0.0.1 on a free port.
	 * @throws EmbeddedStoreException if the data file cannot be opened
	 */
	public static EmbeddedMongo start(StoreProperties properties) {
		return start(properties, Clock.systemUTC());
	}

	/**
	 * Starts a server as the properties say, timing rewrites of the data file by the
	 * clock.
	 * @throws EmbeddedStoreException if the data file cannot be opened
	 */
	public static EmbeddedMongo start(StoreProperties properties, Clock clock) {
		RewritableBackend file = null;
		RewriteSchedule rewrites = null;
		MongoServer server;
		if (properties.embedded() == Backend.MEMORY) {
			server = new MongoServer(new MemoryBackend());
		}
		else {
			if (!properties.encrypted()) {
				logger.warn("The data file " + properties.dataFile()
						+ " is not encrypted: set PEER_DATA_KEY to encrypt the personal data it holds.");
			}
			file = RewritableBackend.open(properties.dataFile(), properties.dataKey());
			rewrites = new RewriteSchedule(file, clock, properties.rewriteDelay(), properties.rewriteInterval());
			file.onRemoval(rewrites::removed);
			server = new MongoServer(file);
		}
		try {
			server.bind("127.0.0.1", 0);
		}
		catch (RuntimeException ex) {
			if (rewrites != null) {
				rewrites.close();
			}
			server.shutdownNow();
			throw ex;
		}
		EmbeddedMongo mongo = new EmbeddedMongo(server, properties, file, rewrites);
		logger.info("Embedded MongoDB (" + describe(properties) + ") listening on 127.0.0.1:"
				+ server.getLocalAddress().getPort());
		return mongo;
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

	/**
	 * Data was erased: the file is rewritten without it within
	 * {@code peer.store.rewrite-delay}. Nothing to do on the memory backend.
	 */
	public void rewriteSoon() {
		if (this.rewrites != null) {
			this.rewrites.removed();
		}
	}

	/**
	 * Rewrites the data file at once with its live data only (commands wait meanwhile).
	 * Nothing to do on the memory backend.
	 */
	public void rewriteNow() {
		if (this.file != null) {
			this.file.rewrite();
		}
	}

	/** How many scheduled rewrites of the data file have finished since the start. */
	public long rewrites() {
		return (this.rewrites != null) ? this.rewrites.rewrites() : 0;
	}

	/** Stops rewriting and listening, ends open connections and closes the data file. */
	@Override
	public void close() {
		if (this.rewrites != null) {
			this.rewrites.close();
		}
		this.server.shutdown();
	}

}
