package org.peersupport.store;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Registers the store's health check as {@code store}.
 */
@Configuration(proxyBeanMethods = false)
class StoreHealthConfiguration {

	@Bean
	StoreHealthIndicator storeHealthIndicator(MongoOperations mongo, StoreMode mode) {
		return new StoreHealthIndicator(mongo, mode);
	}

}
