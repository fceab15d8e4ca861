package org.peersupport.safety;

import java.time.Clock;

import org.peersupport.messaging.Outbox;
import org.peersupport.participants.Participants;
import org.peersupport.participants.PersonRefs;
import org.peersupport.participants.Volunteers;
import org.peersupport.participants.Programmes;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoOperations;
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
	Hotline hotline(Participants participants, Programmes programmes) {
		return new Hotline(participants, programmes);
	}

	@Bean
	DistressWords distressWords() {
		return new DistressWords();
	}

	@Bean
	Alerts alerts(MongoOperations mongo, Clock clock) {
		return new Alerts(mongo, clock);
	}

	@Bean
	AlertData alertData(Alerts alerts) {
		return new AlertData(alerts);
	}

	@Bean
	ModeratorAlerts moderatorAlerts(ModeratorsProperties moderators, PersonRefs refs, Alerts alerts,
			Participants participants, Volunteers volunteers, Outbox outbox, Clock clock) {
		return new ModeratorAlerts(moderators, refs, alerts, participants, volunteers, outbox, clock);
	}

	@Bean
	Handoff handoff(ModeratorAlerts alerts, ObjectProvider<TalkToAPerson> talk) {
		return new Handoff(alerts, talk);
	}

	@Bean
	CrisisCheck crisisCheck(CrisisWords words, Participants participants, ObjectProvider<ChosenSoFar> chosen,
			Hotline hotline, ModeratorAlerts alerts) {
		return new CrisisCheck(words, participants, chosen.orderedStream().toList(), hotline, alerts);
	}

}
