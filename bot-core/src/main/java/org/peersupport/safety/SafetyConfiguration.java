package org.peersupport.safety;

import java.time.Clock;

import org.peersupport.participants.Participants;
import org.peersupport.participants.PersonRefs;
import org.peersupport.participants.Programmes;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the crisis check and the moderators' alerts.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ SafetyProperties.class, ModeratorsProperties.class })
class SafetyConfiguration {

	@Bean
	CrisisWords crisisWords(SafetyProperties properties) {
		return new CrisisWords(properties.crisisWords());
	}

	@Bean
	ModeratorAlerts moderatorAlerts(ModeratorsProperties moderators, PersonRefs refs, Clock clock) {
		return new ModeratorAlerts(moderators, refs, clock);
	}

	@Bean
	CrisisCheck crisisCheck(CrisisWords words, Participants participants, Programmes programmes,
			ModeratorAlerts alerts) {
		return new CrisisCheck(words, participants, programmes, alerts);
	}

}
