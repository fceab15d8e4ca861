package org.peersupport.store;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded store, used when {@code spring.mongodb.uri} is not set.
 *
 * @param dataDir directory of the data file {@code peer-support.mv.db}
 * @param dataKey key that encrypts the data file; {@code null} or blank for no encryption
 * @param embedded the backend of the embedded server
 * @param database name of the MongoDB database the application uses
 */
@ConfigurationProperties("peer.store")
public record StoreProperties(@DefaultValue("./data") Path dataDir, String dataKey,
		@DefaultValue("h2") Backend embedded, @DefaultValue("peersupport") String database) {

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
	}

	/** Properties of a throw-away in-memory store, for tests and the sandbox. */
	public static StoreProperties inMemory(String database) {
		return new StoreProperties(null, null, Backend.MEMORY, database);
	}

	/**
	 * Properties of a durable store in {@code dataDir}, encrypted when {@code dataKey} is
	 * set.
	 */
	public static StoreProperties h2(Path dataDir, String dataKey, String database) {
		return new StoreProperties(dataDir, dataKey, Backend.H2, database);
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
				+ this.embedded + ", database=" + this.database + "]";
	}

	/** Where the embedded server keeps its data. */
	public enum Backend {

		/** A file under the data directory; survives restarts and crashes. */
		H2,

		/** The heap only; lost when the process ends. For tests and the sandbox. */
		MEMORY

	}

}
