package org.peersupport.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class EncryptedDataFileTests {

	private static final String MARKER = "Plaintext-Marker-Anna-Kowalska-555-0199";

	@TempDir
	Path dataDir;

	@Test
	void fileWrittenWithoutKeyHoldsThePlaintext() throws IOException {
		write(null);
		assertThat(fileContainsMarker()).isTrue();
	}

	@Test
	void fileWrittenWithKeyHoldsNoPlaintext() throws IOException {
		write("correct horse battery staple");
		assertThat(fileContainsMarker()).isFalse();
	}

	@Test
	void fileReopenedWithSameKeyReadsTheData() {
		write("correct horse battery staple");
		assertThat(read("correct horse battery staple")).isEqualTo(MARKER);
	}

	@Test
	void wrongKeyFailsStartWithMessageNamingTheKey() {
		write("correct horse battery staple");
		assertThatExceptionOfType(EmbeddedStoreException.class).isThrownBy(() -> read("a wrong key, long enough"))
			.withMessageContaining("PEER_DATA_KEY")
			.withMessageNotContaining(MARKER)
			.satisfies((ex) -> assertThat(ex.action()).contains("key the file was created with"));
	}

	@Test
	void missingKeyForEncryptedFileFailsStart() {
		write("correct horse battery staple");
		assertThatExceptionOfType(EmbeddedStoreException.class).isThrownBy(() -> read(null))
			.withMessageContaining("encrypted");
	}

	@Test
	void wrongKeyFailsApplicationStartWithShortAnalysis() {
		write("correct horse battery staple");
		new ApplicationContextRunner().withConfiguration(StoreTestSupport.STORE_CONFIGURATIONS)
			.withPropertyValues("peer.store.data-dir=" + this.dataDir, "peer.store.data-key=a wrong key, long enough")
			.run((context) -> {
				assertThat(context).hasFailed();
				FailureAnalysis analysis = new EmbeddedStoreFailureAnalyzer().analyze(context.getStartupFailure());
				assertThat(analysis).isNotNull();
				assertThat(analysis.getDescription()).contains("PEER_DATA_KEY");
				assertThat(analysis.getAction()).contains("key the file was created with");
			});
	}

	@Test
	void aKeyShorterThanSixteenCharactersIsRefusedWithAClearMessage() {
		assertThatExceptionOfType(EmbeddedStoreException.class).isThrownBy(() -> write("a"))
			.withMessageContaining("PEER_DATA_KEY is too short")
			.withMessageContaining("at least 16")
			.satisfies((ex) -> assertThat(ex.action()).contains("at least 16 characters"));
		assertThatExceptionOfType(EmbeddedStoreException.class).isThrownBy(() -> write("fifteen chars!!"));
		assertThat(this.dataDir.resolve(StoreProperties.DATA_FILE_NAME)).doesNotExist();
		write("sixteen chars!!!");
		assertThat(read("sixteen chars!!!")).isEqualTo(MARKER);
	}

	@Test
	void aWeakKeyFailsApplicationStartWithShortAnalysis() {
		new ApplicationContextRunner().withConfiguration(StoreTestSupport.STORE_CONFIGURATIONS)
			.withPropertyValues("peer.store.data-dir=" + this.dataDir, "peer.store.data-key=a")
			.run((context) -> {
				assertThat(context).hasFailed();
				FailureAnalysis analysis = new EmbeddedStoreFailureAnalyzer().analyze(context.getStartupFailure());
				assertThat(analysis).isNotNull();
				assertThat(analysis.getDescription()).contains("PEER_DATA_KEY is too short");
			});
	}

	private void write(String key) {
		try (EmbeddedMongo mongo = EmbeddedMongo.start(StoreProperties.h2(this.dataDir, key, "secret"));
				MongoClient client = MongoClients.create(mongo.connectionString())) {
			client.getDatabase("secret")
				.getCollection("people")
				.insertOne(new Document("_id", 1).append("name", MARKER));
		}
	}

	private String read(String key) {
		try (EmbeddedMongo mongo = EmbeddedMongo.start(StoreProperties.h2(this.dataDir, key, "secret"));
				MongoClient client = MongoClients.create(mongo.connectionString())) {
			Document person = client.getDatabase("secret").getCollection("people").find().first();
			return (person != null) ? person.getString("name") : null;
		}
	}

	private boolean fileContainsMarker() throws IOException {
		byte[] file = Files.readAllBytes(this.dataDir.resolve(StoreProperties.DATA_FILE_NAME));
		return new String(file, StandardCharsets.ISO_8859_1).contains(MARKER);
	}

}
