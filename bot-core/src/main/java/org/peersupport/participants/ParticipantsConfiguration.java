package org.peersupport.participants;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Wires the participant records, the programmes, the volunteer skills and the generated
 * secrets.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ ProgrammesProperties.class, VolunteerSkillsProperties.class })
class ParticipantsConfiguration {

	@Bean
	Participants participants(MongoOperations mongo) {
		return new Participants(mongo);
	}

	@Bean
	ParticipantOverview participantOverview(MongoOperations mongo, PersonRefs refs,
			ObjectProvider<WaitingForSomeone> waiting) {
		return new ParticipantOverview(mongo, refs,
				() -> waiting.getIfAvailable(() -> WaitingForSomeone.NOBODY).since());
	}

	@Bean
	Volunteers volunteers(MongoOperations mongo) {
		return new Volunteers(mongo);
	}

	@Bean
	Programmes programmes(ProgrammesProperties properties) {
		return new Programmes(properties);
	}

	@Bean
	VolunteerSkills volunteerSkills(VolunteerSkillsProperties properties) {
		return new VolunteerSkills(properties.skills());
	}

	@Bean
	GeneratedSecrets generatedSecrets(MongoOperations mongo) {
		return new GeneratedSecrets(mongo);
	}

	@Bean
	PersonRefs personRefs(MongoOperations mongo, GeneratedSecrets secrets, Clock clock) {
		PersonRefs refs = new PersonRefs(mongo, clock);
		DerivedRefs.moveToStored(mongo, secrets, refs);
		return refs;
	}

}
