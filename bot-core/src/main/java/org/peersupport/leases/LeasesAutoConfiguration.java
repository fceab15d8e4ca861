package org.peersupport.leases;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * Registers this process's instance id and the lease helpers in any host, once the store
 * is up; every feature that claims work builds on it. Its package is an
 * auto-configuration package, so the lease documents and their unique names are known at
 * start.
 */
@AutoConfiguration(after = DataMongoAutoConfiguration.class)
@AutoConfigurationPackage
@Import(LeasesConfiguration.class)
public final class LeasesAutoConfiguration {

}
