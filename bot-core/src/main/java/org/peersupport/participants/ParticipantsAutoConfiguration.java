package org.peersupport.participants;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * Registers the participants feature in any host, once the store is up. Its package is an
 * auto-configuration package, so documents it declares (and their indexes) are known at
 * start.
 */
@AutoConfiguration(after = DataMongoAutoConfiguration.class)
@AutoConfigurationPackage
@Import(ParticipantsConfiguration.class)
public final class ParticipantsAutoConfiguration {

}
