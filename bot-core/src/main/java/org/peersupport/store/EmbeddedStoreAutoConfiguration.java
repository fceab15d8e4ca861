package org.peersupport.store;

import java.time.Clock;

import com.mongodb.ConnectionString;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Starts the embedded store and points Spring's MongoDB client at it, unless
 * {@code spring.mongodb.uri} names an external MongoDB.
 */
@AutoConfiguration(before = MongoAutoConfiguration.class,
		beforeName = { "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
				"org.springframework.boot.mongodb.autoconfigure.MongoReactiveAutoConfiguration" })
@EnableConfigurationProperties(StoreProperties.class)
public final class EmbeddedStoreAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	StoreMode storeMode(Environment environment) {
		return new StoreMode(!MongoUriCondition.isSet(environment));
	}

	@Configuration(proxyBeanMethods = false)
	@Conditional(MongoUriCondition.Absent.class)
	static class EmbeddedServerConfiguration {

		@Bean(destroyMethod = "close")
		@ConditionalOnMissingBean
		EmbeddedMongo embeddedMongo(StoreProperties properties, ObjectProvider<Clock> clock) {
			return EmbeddedMongo.start(properties, clock.getIfAvailable(Clock::systemUTC));
		}

		@Bean
		@ConditionalOnMissingBean(MongoConnectionDetails.class)
		MongoConnectionDetails embeddedMongoConnectionDetails(EmbeddedMongo embeddedMongo) {
			ConnectionString connectionString = new ConnectionString(embeddedMongo.connectionString());
			return () -> connectionString;
		}

	}

}
