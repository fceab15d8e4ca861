package org.peersupport.store;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * Builds {@link ApplicationContextRunner}s with the embedded store and Spring Data
 * MongoDB, for configuration tests. Each context gets its own server, so its own empty
 * database.
 */
public final class StoreTestSupport {

	/**
	 * Auto-configurations that give a context a {@code MongoTemplate} on the embedded
	 * store.
	 */
	public static final AutoConfigurations STORE_CONFIGURATIONS = AutoConfigurations
		.of(EmbeddedStoreAutoConfiguration.class, MongoAutoConfiguration.class, DataMongoAutoConfiguration.class);

	private StoreTestSupport() {
	}

	/** A runner whose contexts use a fresh in-memory embedded store. */
	public static ApplicationContextRunner memoryStoreRunner() {
		return new ApplicationContextRunner().withConfiguration(STORE_CONFIGURATIONS)
			.withPropertyValues("peer.store.embedded=memory", "spring.data.mongodb.auto-index-creation=true");
	}

}
