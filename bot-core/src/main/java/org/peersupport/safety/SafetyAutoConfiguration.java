package org.peersupport.safety;

import org.peersupport.leases.LeasesAutoConfiguration;
import org.peersupport.messaging.MessagingAutoConfiguration;
import org.peersupport.participants.ParticipantsAutoConfiguration;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.context.annotation.Import;

/**
 * Registers the crisis check and the moderators' alerts in any host, after the features
 * they build on. Its package is an auto-configuration package, so documents it declares
 * (and their indexes) are known at start.
 */
@AutoConfiguration(after = { LeasesAutoConfiguration.class, ParticipantsAutoConfiguration.class,
		MessagingAutoConfiguration.class })
@AutoConfigurationPackage
@Import(SafetyConfiguration.class)
public final class SafetyAutoConfiguration {

}
