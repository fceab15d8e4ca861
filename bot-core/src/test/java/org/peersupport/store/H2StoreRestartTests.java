package org.peersupport.store;

import java.nio.file.Path;

import com.mongodb.client.model.IndexOptions;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class H2StoreRestartTests {

	@TempDir
	Path dataDir;

	@Test
	void documentsAndUniqueIndexSurviveRestartOfTheContext() {
		ApplicationContextRunner runner = h2Runner();
		runner.run((context) -> {
			MongoTemplate template = context.getBean(MongoTemplate.class);
			template.getCollection("inbox").createIndex(new Document("updateId", 1), new IndexOptions().unique(true));
			template.insert(new Document("updateId", 1).append("state", "done"), "inbox");
		});
		assertThat(this.dataDir.resolve(StoreProperties.DATA_FILE_NAME)).isRegularFile();
		runner.run((context) -> {
			MongoTemplate template = context.getBean(MongoTemplate.class);
			Document stored = template.getCollection("inbox").find(new Document("updateId", 1)).first();
			assertThat(stored).isNotNull();
			assertThat(stored.getString("state")).isEqualTo("done");
			assertThatExceptionOfType(DuplicateKeyException.class)
				.isThrownBy(() -> template.insert(new Document("updateId", 1), "inbox"));
		});
	}

	@Test
	void h2IsTheDefaultBackend() {
		new ApplicationContextRunner().withConfiguration(StoreTestSupport.STORE_CONFIGURATIONS)
			.withPropertyValues("peer.store.data-dir=" + this.dataDir)
			.run((context) -> {
				assertThat(context.getBean(EmbeddedMongo.class).properties().embedded())
					.isEqualTo(StoreProperties.Backend.H2);
				assertThat(this.dataDir.resolve(StoreProperties.DATA_FILE_NAME)).isRegularFile();
			});
	}

	private ApplicationContextRunner h2Runner() {
		return new ApplicationContextRunner().withConfiguration(StoreTestSupport.STORE_CONFIGURATIONS)
			.withPropertyValues("peer.store.embedded=h2", "peer.store.data-dir=" + this.dataDir);
	}

}
