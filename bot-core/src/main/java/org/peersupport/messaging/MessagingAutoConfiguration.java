package org.peersupport.messaging;

import org.peersupport.leases.LeasesAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.quartz.autoconfigure.QuartzAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * Registers the update path in any host, once the store is up. Its package is an
 * auto-configuration package, so documents it declares (and their indexes) are known at
 * start.
 */
@AutoConfiguration(
		after = { DataMongoAutoConfiguration.class, QuartzAutoConfiguration.class, LeasesAutoConfiguration.class })
@AutoConfigurationPackage
@Import(MessagingConfiguration.class)
public final class MessagingAutoConfiguration {

}
