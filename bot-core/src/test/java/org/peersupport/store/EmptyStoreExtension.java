package org.peersupport.store;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Deletes every document of the test context's database before a test class, keeping the
 * collections and their indexes. Refuses anything but the in-memory embedded store.
 */
class EmptyStoreExtension implements BeforeAllCallback {

	@Override
	public void beforeAll(ExtensionContext context) {
		ApplicationContext applicationContext = SpringExtension.getApplicationContext(context);
		EmbeddedMongo mongo = applicationContext.getBeanProvider(EmbeddedMongo.class).getIfAvailable();
		if (mongo == null || mongo.properties().embedded() != StoreProperties.Backend.MEMORY) {
			throw new IllegalStateException("@MemoryStore empties the database, so it runs only on the in-memory "
					+ "embedded store; this context has "
					+ (mongo != null ? mongo.properties() : "an external MongoDB"));
		}
		MongoDatabase database = applicationContext.getBean(MongoDatabaseFactory.class).getMongoDatabase();
		for (String collection : database.listCollectionNames()) {
			database.getCollection(collection).deleteMany(new Document());
		}
	}

}
