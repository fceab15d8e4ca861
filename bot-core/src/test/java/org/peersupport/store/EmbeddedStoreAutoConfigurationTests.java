package org.peersupport.store;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class EmbeddedStoreAutoConfigurationTests {

	@Test
	void documentWrittenThroughMongoTemplateIsReadBackFromMemoryStore() {
		StoreTestSupport.memoryStoreRunner().run((context) -> {
			MongoTemplate template = context.getBean(MongoTemplate.class);
			template.insert(new Document("_id", "n1").append("text", "hello"), "notes");
			Document read = template.findById("n1", Document.class, "notes");
			assertThat(read).isNotNull();
			assertThat(read.getString("text")).isEqualTo("hello");
			assertThat(context.getBean(StoreMode.class).embedded()).isTrue();
		});
	}

	@Test
	void clientConnectsToEmbeddedServerOnLoopbackWithConfiguredDatabase() {
		StoreTestSupport.memoryStoreRunner().withPropertyValues("peer.store.database=other").run((context) -> {
			var connectionString = context.getBean(MongoConnectionDetails.class).getConnectionString();
			assertThat(connectionString.getHosts()).singleElement().asString().startsWith("127.0.0.1:");
			assertThat(context.getBean(MongoTemplate.class).getDb().getName()).isEqualTo("other");
		});
	}

	@Test
	void externalMongoUriStartsNoEmbeddedServer() {
		StoreTestSupport.memoryStoreRunner()
			.withPropertyValues("spring.mongodb.uri=mongodb://127.0.0.1:1/external")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context).doesNotHaveBean(EmbeddedMongo.class);
				assertThat(context.getBean(StoreMode.class).embedded()).isFalse();
				assertThat(context.getBean(MongoConnectionDetails.class).getConnectionString().getHosts())
					.containsExactly("127.0.0.1:1");
			});
	}

	@Test
	void blankMongoUriCountsAsUnset() {
		StoreTestSupport.memoryStoreRunner().withPropertyValues("spring.mongodb.uri=").run((context) -> {
			assertThat(context).hasSingleBean(EmbeddedMongo.class);
			assertThat(context.getBean(StoreMode.class).embedded()).isTrue();
		});
	}

	@Test
	void embeddedServerStopsListeningWhenContextCloses() {
		int[] port = new int[1];
		StoreTestSupport.memoryStoreRunner().run((context) -> {
			String hostAndPort = context.getBean(MongoConnectionDetails.class).getConnectionString().getHosts().get(0);
			port[0] = Integer.parseInt(hostAndPort.substring(hostAndPort.indexOf(':') + 1));
			assertThat(canConnect(port[0])).isTrue();
		});
		assertThat(canConnect(port[0])).isFalse();
	}

	@Test
	void uniqueIndexRefusesSecondDocumentWithSameKey() {
		StoreTestSupport.memoryStoreRunner().run((context) -> {
			MongoTemplate template = context.getBean(MongoTemplate.class);
			template.getCollection("inbox")
				.createIndex(new Document("updateId", 1), new com.mongodb.client.model.IndexOptions().unique(true));
			template.insert(new Document("updateId", 7), "inbox");
			assertThatExceptionOfType(org.springframework.dao.DuplicateKeyException.class)
				.isThrownBy(() -> template.insert(new Document("updateId", 7), "inbox"));
		});
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
