package org.peersupport.store;

import java.net.InetSocketAddress;
import java.time.Clock;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.peersupport.store.StoreProperties.Backend;
import org.peersupport.store.StoreProperties.Listen;

/**
 * An in-process MongoDB-compatible server (mongo-java-server): the durable H2 file
 * backend on a Unix socket only the service's user can open (or a loopback port), or the
 * memory backend on a loopback port. The H2 file is rewritten without removed data on the
 * schedule the properties give.
 */
public final class EmbeddedMongo implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(EmbeddedMongo.class);

	private final AutoCloseable listener;

	private final String connectionString;

	private final StoreProperties properties;

	private final RewritableBackend file;

	private final RewriteSchedule rewrites;

	private EmbeddedMongo(AutoCloseable listener, String connectionString, StoreProperties properties,
			RewritableBackend file, RewriteSchedule rewrites) {
		this.listener = listener;
		this.connectionString = connectionString;
		this.properties = properties;
		this.file = file;
		this.rewrites = rewrites;
	}

	/**
	 * Starts a server as the properties say.
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
		if (properties.embedded() == Backend.MEMORY) {
			MongoServer server = loopback(new MemoryBackend());
			return started(
					new EmbeddedMongo(server::shutdown, loopbackString(server, properties), properties, null, null),
					"memory, nothing is kept after the process ends");
		}
		if (!properties.encrypted()) {
			logger.warn("The data file " + properties.dataFile()
					+ " is not encrypted: set PEER_DATA_KEY to encrypt the personal data it holds.");
		}
		RewritableBackend file = RewritableBackend.open(properties.dataFile(), properties.dataKey(),
				properties.syncInterval());
		RewriteSchedule rewrites = new RewriteSchedule(file, clock, properties.rewriteDelay(),
				properties.rewriteInterval());
		file.onRemoval(rewrites::removed);
		String description = (properties.encrypted() ? "encrypted" : "unencrypted") + " file " + properties.dataFile();
		try {
			if (properties.listen() == Listen.SOCKET && OwnerOnly.supported()) {
				OwnerSocket socket = OwnerSocket.listen(properties.dataDir(), file);
				return started(new EmbeddedMongo(socket, socket.connectionString(properties.database()), properties,
						file, rewrites), description + ", on the socket " + socket.path());
			}
			if (properties.listen() == Listen.SOCKET) {
				logger.warn("The file system has no POSIX permissions: the store listens on a loopback port, which"
						+ " any local process can reach (see docs/operations.md).");
			}
			MongoServer server = loopback(file);
			return started(
					new EmbeddedMongo(server::shutdown, loopbackString(server, properties), properties, file, rewrites),
					description);
		}
		catch (RuntimeException ex) {
			rewrites.close();
			file.close();
			throw ex;
		}
	}

	private static MongoServer loopback(MongoBackend backend) {
		MongoServer server = new MongoServer(backend);
		try {
			server.bind("127.0.0.1", 0);
		}
		catch (RuntimeException ex) {
			server.shutdownNow();
			throw ex;
		}
		return server;
	}

	private static String loopbackString(MongoServer server, StoreProperties properties) {
		InetSocketAddress address = server.getLocalAddress();
		return "mongodb://127.0.0.1:" + address.getPort() + "/" + properties.database();
	}

	private static EmbeddedMongo started(EmbeddedMongo mongo, String description) {
		logger.info("Embedded MongoDB (" + description + ") at " + mongo.connectionString);
		return mongo;
	}

	/**
	 * The connection string, with the database, e.g.
	 * {@code mongodb://%2Fsrv%2Fdata%2Fstore.sock/peersupport} or
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
		try {
			this.listener.close();
		}
		catch (Exception ex) {
			throw new IllegalStateException("The embedded store did not stop cleanly", ex);
		}
	}

}
