package org.peersupport.silence;

import org.peersupport.onboarding.OnboardingAutoConfiguration;
import org.peersupport.volunteers.VolunteersAutoConfiguration;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.context.annotation.Import;

/**
 * Registers the erasure after silence in any host, after onboarding (whose erasure it
 * runs) and the volunteers. Its package is an auto-configuration package, so its document
 * and index are known at start.
 */
@AutoConfiguration(after = { OnboardingAutoConfiguration.class, VolunteersAutoConfiguration.class })
@AutoConfigurationPackage
@Import(SilenceConfiguration.class)
public final class SilenceAutoConfiguration {

}
