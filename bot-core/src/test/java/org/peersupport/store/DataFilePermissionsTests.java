package org.peersupport.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Only the service's user can read the embedded store: its directory is 0700, its data
 * file 0600, also after a rewrite; looser ones found at start are tightened. POSIX file
 * systems only.
 */
class DataFilePermissionsTests {

	@TempDir
	Path parent;

	@BeforeEach
	void posixOnly() {
		assumeTrue(OwnerOnly.supported(), "the file system has no POSIX permissions");
	}

	@Test
	void aNewDataDirectoryIsTheOwnersAloneAndSoIsTheFile() throws IOException {
		Path dataDir = this.parent.resolve("new/data");
		StoreProperties properties = StoreProperties.h2(dataDir, null, "perm");
		try (EmbeddedMongo mongo = EmbeddedMongo.start(properties)) {
			write(mongo);
			assertThat(permissions(dataDir)).isEqualTo("rwx------");
			assertThat(permissions(properties.dataFile())).isEqualTo("rw-------");
			mongo.rewriteNow();
			assertThat(permissions(properties.dataFile())).as("after a rewrite").isEqualTo("rw-------");
		}
	}

	@Test
	void looserExistingPermissionsAreTightenedAtStart() throws IOException {
		Path dataDir = this.parent.resolve("data");
		StoreProperties properties = StoreProperties.h2(dataDir, null, "perm");
		try (EmbeddedMongo mongo = EmbeddedMongo.start(properties)) {
			write(mongo);
		}
		Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwxr-xr-x"));
		Files.setPosixFilePermissions(properties.dataFile(), PosixFilePermissions.fromString("rw-r--r--"));

		try (EmbeddedMongo mongo = EmbeddedMongo.start(properties)) {
			assertThat(permissions(dataDir)).isEqualTo("rwx------");
			assertThat(permissions(properties.dataFile())).isEqualTo("rw-------");
		}
	}

	private static void write(EmbeddedMongo mongo) {
		try (MongoClient client = MongoClients.create(mongo.connectionString())) {
			client.getDatabase("perm").getCollection("notes").insertOne(new Document("text", "hello"));
		}
	}

	private static String permissions(Path path) throws IOException {
		return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
	}

}
