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
		// Other tests' stores in this JVM may listen on loopback ports: only new ones
		// count.
		java.util.List<Integer> before = openLoopbackPortsOf(ProcessHandle.current().pid());
		try (EmbeddedMongo mongo = EmbeddedMongo.start(StoreProperties.h2(this.dataDir, null, "sock"));
				MongoClient client = MongoClients.create(mongo.connectionString())) {
			client.getDatabase("sock").getCollection("notes").insertOne(new Document("text", "hello"));
			assertThat(client.getDatabase("sock").getCollection("notes").countDocuments()).isEqualTo(1);

			Path socket = this.dataDir.resolve(OwnerSocket.FILE_NAME);
			assertThat(mongo.connectionString()).doesNotContain("127.0.0.1").contains("store.sock");
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(socket))).isEqualTo("rw-------");
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(this.dataDir)))
				.isEqualTo("rwx------");
			assertThat(openLoopbackPortsOf(ProcessHandle.current().pid())).isSubsetOf(before);
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
	 * Loopback TCP ports this process listens on that speak MongoDB's wire protocol
	 * (/proc/net/tcp lists every process's sockets: only this process's inodes count).
	 */
	private static java.util.List<Integer> openLoopbackPortsOf(long pid) throws IOException {
		java.util.Set<String> inodes = new java.util.HashSet<>();
		try (java.util.stream.Stream<Path> fds = Files.list(Path.of("/proc/" + pid + "/fd"))) {
			for (Path fd : fds.toList()) {
				try {
					String target = Files.readSymbolicLink(fd).toString();
					if (target.startsWith("socket:[")) {
						inodes.add(target.substring(8, target.length() - 1));
					}
				}
				catch (IOException ex) {
					// closed meanwhile
				}
			}
		}
		java.util.List<Integer> ports = new java.util.ArrayList<>();
		for (String table : new String[] { "/proc/net/tcp", "/proc/net/tcp6" }) {
			Path path = Path.of(table);
			if (!Files.exists(path)) {
				continue;
			}
			for (String line : Files.readAllLines(path)) {
				String[] fields = line.trim().split("\\s+");
				// state 0A is LISTEN
				if (fields.length > 9 && fields[3].equals("0A") && inodes.contains(fields[9])) {
					int port = Integer.parseInt(fields[1].substring(fields[1].indexOf(':') + 1), 16);
					if (speaksMongo(port)) {
						ports.add(port);
					}
				}
			}
		}
		return ports;
	}

	private static boolean speaksMongo(int port) {
		try (MongoClient client = MongoClients.create(com.mongodb.MongoClientSettings.builder()
			.applyConnectionString(new com.mongodb.ConnectionString("mongodb://127.0.0.1:" + port))
			.applyToClusterSettings(
					(cluster) -> cluster.serverSelectionTimeout(500, java.util.concurrent.TimeUnit.MILLISECONDS))
			.applyToSocketSettings((socket) -> socket.connectTimeout(500, java.util.concurrent.TimeUnit.MILLISECONDS)
				.readTimeout(500, java.util.concurrent.TimeUnit.MILLISECONDS))
			.build())) {
			client.getDatabase("sock").getCollection("notes").countDocuments();
			return true;
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
