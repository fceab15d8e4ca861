package org.peersupport.groups;

import java.time.Clock;

import org.peersupport.safety.ModeratorAlerts;
import org.peersupport.safety.ModeratorsProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Wires the peer groups: their store, registration and migration.
 */
@Configuration(proxyBeanMethods = false)
class GroupsConfiguration {

	@Bean
	PeerGroups peerGroups(MongoOperations mongo, Clock clock) {
		return new PeerGroups(mongo, clock);
	}

	@Bean
	GroupRegistration groupRegistration(PeerGroups groups, ModeratorAlerts alerts, ModeratorsProperties moderators) {
		return new GroupRegistration(groups, alerts, moderators);
	}

	@Bean
	GroupMigration groupMigration(PeerGroups groups) {
		return new GroupMigration(groups);
	}

}
