package org.peersupport.leases;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.util.StringUtils;

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
	Instances instances(Environment environment) {
		// An external MongoDB may be shared by several instances; the embedded one never
		// is.
		boolean external = StringUtils.hasText(environment.getProperty("spring.mongodb.uri"));
		return new Instances(environment.getProperty(Instances.PROPERTY, Boolean.class, external));
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
