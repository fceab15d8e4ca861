package org.peersupport.leases;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Wires this process's instance id and the lease helpers that use it as owner.
 */
@Configuration(proxyBeanMethods = false)
class LeasesConfiguration {

	@Bean
	InstanceId instanceId() {
		return InstanceId.random();
	}

	@Bean
	NamedLeases namedLeases(MongoOperations mongo, InstanceId instanceId, ObjectProvider<Clock> clock) {
		return new NamedLeases(mongo, instanceId, clock.getIfAvailable(Clock::systemUTC));
	}

	@Bean
	ItemLeases itemLeases(MongoOperations mongo, InstanceId instanceId, ObjectProvider<Clock> clock) {
		return new ItemLeases(mongo, instanceId, clock.getIfAvailable(Clock::systemUTC));
	}

}
