package org.peersupport.store;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.peersupport.store.StoreProperties.Listen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The embedded file store is reached through a Unix socket only its owner can open, not a
 * loopback port every local process can connect to. POSIX file systems only.
 */
class OwnerSocketTests {

	@TempDir
	Path dataDir;

	@BeforeEach
	void posixOnly() {
		assumeTrue(OwnerOnly.supported(), "the file system has no POSIX permissions");
	}

	@Test
	void theStoreListensOnAnOwnerOnlySocketAndOnNoLoopbackPort() throws IOException {
		try (EmbeddedMongo mongo = EmbeddedMongo.start(StoreProperties.h2(this.dataDir, null, "sock"));
				MongoClient client = MongoClients.create(mongo.connectionString())) {
			String marker = java.util.UUID.randomUUID().toString();
			client.getDatabase("sock").getCollection("notes").insertOne(new Document("text", marker));
			assertThat(client.getDatabase("sock").getCollection("notes").countDocuments()).isEqualTo(1);

			Path socket = this.dataDir.resolve(OwnerSocket.FILE_NAME);
			assertThat(mongo.connectionString()).doesNotContain("127.0.0.1").contains("store.sock");
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(socket))).isEqualTo("rw-------");
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(this.dataDir)))
				.isEqualTo("rwx------");
			assertThat(loopbackPortsServing(marker)).isEmpty();
		}
		assertThat(this.dataDir.resolve(OwnerSocket.FILE_NAME)).doesNotExist();
	}

	@Test
	void aStaleSocketFileLeftByAKillIsReplaced() throws IOException {
		Files.createDirectories(this.dataDir);
		Files.writeString(this.dataDir.resolve(OwnerSocket.FILE_NAME), "stale");
		try (EmbeddedMongo mongo = EmbeddedMongo.start(StoreProperties.h2(this.dataDir, null, "sock"));
				MongoClient client = MongoClients.create(mongo.connectionString())) {
			assertThat(client.getDatabase("sock").getCollection("notes").countDocuments()).isZero();
		}
	}

	@Test
	void loopbackIsStillThereWhenAskedFor() throws IOException {
		try (EmbeddedMongo mongo = EmbeddedMongo
			.start(StoreProperties.h2(this.dataDir, null, "sock").withListen(Listen.LOOPBACK))) {
			assertThat(mongo.connectionString()).startsWith("mongodb://127.0.0.1:");
			int port = Integer.parseInt(mongo.connectionString().replaceAll(".*:(\\d+)/.*", "$1"));
			assertThat(canConnect(port)).isTrue();
		}
	}

	/**
	 * Listening loopback TCP ports that serve this store (its marker document). Other
	 * MongoDB servers on the machine, or of other tests in this JVM, do not count.
	 */
	private static java.util.List<Integer> loopbackPortsServing(String marker) throws IOException {
		java.util.List<Integer> ports = new java.util.ArrayList<>();
		for (String table : new String[] { "/proc/net/tcp", "/proc/net/tcp6" }) {
			Path path = Path.of(table);
			if (!Files.exists(path)) {
				continue;
			}
			for (String line : Files.readAllLines(path)) {
				String[] fields = line.trim().split("\\s+");
				// state 0A is LISTEN
				if (fields.length > 3 && fields[3].equals("0A")) {
					int port = Integer.parseInt(fields[1].substring(fields[1].indexOf(':') + 1), 16);
					if (serves(port, marker)) {
						ports.add(port);
					}
				}
			}
		}
		return ports;
	}

	private static boolean serves(int port, String marker) {
		try (MongoClient client = MongoClients.create(com.mongodb.MongoClientSettings.builder()
			.applyConnectionString(new com.mongodb.ConnectionString("mongodb://127.0.0.1:" + port))
			.applyToClusterSettings(
					(cluster) -> cluster.serverSelectionTimeout(500, java.util.concurrent.TimeUnit.MILLISECONDS))
			.applyToSocketSettings((socket) -> socket.connectTimeout(500, java.util.concurrent.TimeUnit.MILLISECONDS)
				.readTimeout(500, java.util.concurrent.TimeUnit.MILLISECONDS))
			.build())) {
			return client.getDatabase("sock").getCollection("notes").countDocuments(new Document("text", marker)) > 0;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private static boolean canConnect(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
