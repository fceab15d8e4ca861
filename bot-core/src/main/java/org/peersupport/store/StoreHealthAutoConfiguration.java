package org.peersupport.store;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Registers the store's health check as {@code store}.
 */
@AutoConfiguration(after = DataMongoAutoConfiguration.class)
public final class StoreHealthAutoConfiguration {

	@Bean
	StoreHealthIndicator storeHealthIndicator(MongoOperations mongo, StoreMode mode) {
		return new StoreHealthIndicator(mongo, mode);
	}

}
