package org.peersupport.groups;

import java.time.Clock;

import org.peersupport.conversation.CallbackSigner;
import org.peersupport.groups.moderation.Newcomers;
import org.peersupport.leases.ItemLeases;
import org.peersupport.messaging.Audience;
import org.peersupport.messaging.Command;
import org.peersupport.messaging.Outbox;
import org.peersupport.participants.Participants;
import org.peersupport.safety.ModeratorAlerts;
import org.peersupport.safety.ModeratorsProperties;

import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Wires the peer groups: their store, registration and migration, and the placement of
 * participants with its join requests, buttons, {@code /group} and personal data.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GroupsProperties.class)
class GroupsConfiguration {

	@Bean
	PeerGroups peerGroups(MongoOperations mongo, Clock clock, ApplicationEventPublisher events) {
		return new PeerGroups(mongo, clock, events);
	}

	@Bean
	GroupPlaces groupPlaces(MongoOperations mongo) {
		return new GroupPlaces(mongo);
	}

	@Bean
	GroupBans groupBans(MongoOperations mongo) {
		return new GroupBans(mongo);
	}

	@Bean
	ModeratorsChats moderatorsChats(MongoOperations mongo, ModeratorsProperties moderators) {
		return new ModeratorsChats(mongo, moderators);
	}

	@Bean
	GroupRegistration groupRegistration(PeerGroups groups, ModeratorAlerts alerts, ModeratorsProperties moderators) {
		return new GroupRegistration(groups, alerts, moderators);
	}

	@Bean
	GroupMigration groupMigration(PeerGroups groups, GroupPlaces places, GroupBans bans, HeldJoinRequests held,
			GroupNotices notices) {
		return new GroupMigration(groups, places, bans, held, notices);
	}

	@Bean
	Placement placement(PeerGroups groups, GroupPlaces places, GroupBans bans, Participants participants, Outbox outbox,
			CallbackSigner signer, GroupsProperties properties, Clock clock) {
		return new Placement(groups, places, bans, participants, outbox, signer, properties, clock);
	}

	@Bean
	JoinRequests joinRequests(Placement placement, GroupPlaces places, PeerGroups groups, Participants participants,
			Newcomers newcomers, HeldJoinRequests held, ModeratorAlerts alerts, GroupNotices notices, Clock clock) {
		return new JoinRequests(placement, places, groups, participants, newcomers, held, alerts, notices, clock);
	}

	@Bean
	GroupNotices groupNotices(MongoOperations mongo, ItemLeases leases, Outbox outbox, GroupsProperties properties,
			Clock clock) {
		return new GroupNotices(mongo, leases, outbox, properties.noticeLifetime(), clock);
	}

	@Bean
	JobDetail groupNoticesJob() {
		return JobBuilder.newJob(GroupNoticesJob.class).withIdentity("group-notices").storeDurably().build();
	}

	@Bean
	Trigger groupNoticesTrigger(JobDetail groupNoticesJob, GroupsProperties properties) {
		return TriggerBuilder.newTrigger()
			.forJob(groupNoticesJob)
			.withIdentity("group-notices")
			.withSchedule(SimpleScheduleBuilder.simpleSchedule()
				.withIntervalInMilliseconds(properties.noticeCheck().toMillis())
				.repeatForever())
			.build();
	}

	@Bean
	HeldJoinRequests heldJoinRequests(MongoOperations mongo, Outbox outbox) {
		return new HeldJoinRequests(mongo, outbox);
	}

	@Bean
	MemberLeft memberLeft(Placement placement) {
		return new MemberLeft(placement);
	}

	@Bean
	GroupStatusView groupStatusView(Placement placement, GroupPlaces places, PeerGroups groups,
			Participants participants) {
		return new GroupStatusView(placement, places, groups, participants);
	}

	@Bean
	PlacementButtons placementButtons(Placement placement, GroupPlaces places, GroupStatusView view,
			CallbackSigner signer) {
		return new PlacementButtons(placement, places, view, signer);
	}

	@Bean
	GroupCommand groupCommand(GroupStatusView view) {
		return new GroupCommand(view);
	}

	@Bean
	Command groupCommandEntry() {
		return Command.of(GroupCommand.NAME, 60, true, GroupTexts::get, Audience.PARTICIPANT);
	}

	@Bean
	GroupData groupData(GroupPlaces places, Placement placement, GroupBans bans, HeldJoinRequests held) {
		return new GroupData(places, placement, bans, held);
	}

}
