package org.peersupport.store;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded store, used when {@code spring.mongodb.uri} is not set.
 *
 * @param dataDir directory of the data file {@code peer-support.mv.db}
 * @param dataKey key that encrypts the data file; {@code null} or blank for no encryption
 * @param embedded the backend of the embedded server
 * @param database name of the MongoDB database the application uses
 * @param rewriteDelay how soon after a removal (an erasure, a retention run) the data
 * file is rewritten without the removed bytes
 * @param rewriteInterval how often the data file is rewritten without the old versions of
 * changed documents, if anything was written since the last rewrite
 * @param listen how the service's MongoDB client reaches the embedded H2 store
 * @param syncInterval how long a committed write may wait for its sync to the disk (what
 * a power cut, not a killed process, would lose); writes with the write concern
 * {@code j: true} and removals are synced before they are acknowledged
 */
@ConfigurationProperties("peer.store")
public record StoreProperties(@DefaultValue("./data") Path dataDir, String dataKey,
		@DefaultValue("h2") Backend embedded, @DefaultValue("peersupport") String database,
		@DefaultValue("1m") Duration rewriteDelay, @DefaultValue("1h") Duration rewriteInterval,
		@DefaultValue("socket") Listen listen, @DefaultValue("100ms") Duration syncInterval) {

	/** Default of {@link #rewriteDelay()}. */
	public static final Duration DEFAULT_REWRITE_DELAY = Duration.ofMinutes(1);

	/** Default of {@link #rewriteInterval()}. */
	public static final Duration DEFAULT_REWRITE_INTERVAL = Duration.ofHours(1);

	/** Default of {@link #syncInterval()}, as MongoDB's journal commit interval. */
	public static final Duration DEFAULT_SYNC_INTERVAL = Duration.ofMillis(100);

	/** Name of the data file inside {@link #dataDir()}. */
	public static final String DATA_FILE_NAME = "peer-support.mv.db";

	public StoreProperties {
		if (dataDir == null) {
			dataDir = Path.of("./data");
		}
		if (embedded == null) {
			embedded = Backend.H2;
		}
		if (database == null || database.isBlank()) {
			database = "peersupport";
		}
		if (dataKey != null && dataKey.isBlank()) {
			dataKey = null;
		}
		if (rewriteDelay == null) {
			rewriteDelay = DEFAULT_REWRITE_DELAY;
		}
		if (rewriteInterval == null) {
			rewriteInterval = DEFAULT_REWRITE_INTERVAL;
		}
		if (listen == null) {
			listen = Listen.SOCKET;
		}
		if (syncInterval == null) {
			syncInterval = DEFAULT_SYNC_INTERVAL;
		}
		if (syncInterval.isNegative() || syncInterval.isZero()) {
			throw new IllegalArgumentException("peer.store.sync-interval must be positive");
		}
		if (rewriteDelay.isNegative() || rewriteInterval.isNegative()) {
			throw new IllegalArgumentException("peer.store.rewrite-delay and rewrite-interval must not be negative");
		}
	}

	/** Properties of a throw-away in-memory store, for tests and the sandbox. */
	public static StoreProperties inMemory(String database) {
		return new StoreProperties(null, null, Backend.MEMORY, database, null, null, null, null);
	}

	/**
	 * Properties of a durable store in {@code dataDir}, encrypted when {@code dataKey} is
	 * set.
	 */
	public static StoreProperties h2(Path dataDir, String dataKey, String database) {
		return new StoreProperties(dataDir, dataKey, Backend.H2, database, null, null, null, null);
	}

	/** These properties with other rewrite times. */
	public StoreProperties withRewrites(Duration delay, Duration interval) {
		return new StoreProperties(this.dataDir, this.dataKey, this.embedded, this.database, delay, interval,
				this.listen, this.syncInterval);
	}

	/** These properties with another way to listen. */
	public StoreProperties withListen(Listen listen) {
		return new StoreProperties(this.dataDir, this.dataKey, this.embedded, this.database, this.rewriteDelay,
				this.rewriteInterval, listen, this.syncInterval);
	}

	/** The data file of the H2 backend. */
	public Path dataFile() {
		return this.dataDir.resolve(DATA_FILE_NAME);
	}

	/** Whether the data file is encrypted. */
	public boolean encrypted() {
		return this.dataKey != null;
	}

	@Override
	public String toString() {
		return "StoreProperties[dataDir=" + this.dataDir + ", dataKey=" + (encrypted() ? "***" : "none") + ", embedded="
				+ this.embedded + ", database=" + this.database + ", rewriteDelay=" + this.rewriteDelay
				+ ", rewriteInterval=" + this.rewriteInterval + ", listen=" + this.listen + ", syncInterval="
				+ this.syncInterval + "]";
	}

	/** How the embedded H2 store is reached (the memory backend always uses loopback). */
	public enum Listen {

		/**
		 * A Unix domain socket in the data directory that only the service's user can
		 * open; loopback where the file system has no POSIX permissions.
		 */
		SOCKET,

		/** A free TCP port on 127.0.0.1, open to every local user, without a password. */
		LOOPBACK

	}

	/** Where the embedded server keeps its data. */
	public enum Backend {

		/** A file under the data directory; survives restarts and crashes. */
		H2,

		/** The heap only; lost when the process ends. For tests and the sandbox. */
		MEMORY

	}

}
