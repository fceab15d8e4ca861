package org.peersupport.groups.moderation;

import java.util.List;

import org.peersupport.groups.GroupNotices;
import org.peersupport.groups.GroupPlaces;
import org.peersupport.groups.ModeratorsChats;
import org.peersupport.groups.PeerGroups;
import org.peersupport.groups.Placement;
import org.peersupport.messaging.Audience;
import org.peersupport.messaging.Command;
import org.peersupport.participants.Participants;
import org.peersupport.participants.PersonRefs;
import org.peersupport.participants.Programmes;
import org.peersupport.safety.ModeratorsProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Wires the groups' moderation: the rules check on every post, the group commands, the
 * report buttons, newcomers' first day, anonymous posts ({@code /anon}), bans made in
 * Telegram itself, the move of the moderation records when a group migrates, and the
 * person's warnings in their data. The group commands are declared for Telegram's command
 * lists: {@code /report} for every group chat, the moderators' commands for the groups'
 * administrators.
 */
@Configuration(proxyBeanMethods = false)
public class ModerationConfiguration {

	@Bean
	Conducts groupConducts(MongoOperations mongo) {
		return new Conducts(mongo);
	}

	@Bean
	ModerationLog moderationLog(MongoOperations mongo) {
		return new ModerationLog(mongo);
	}

	@Bean
	Reports groupReports(MongoOperations mongo) {
		return new Reports(mongo);
	}

	@Bean
	Sanctions sanctions(Conducts conducts, ModerationLog log, Participants participants, Programmes programmes,
			Placement placement) {
		return new Sanctions(conducts, log, participants, programmes, placement);
	}

	@Bean
	Newcomers newcomers(Sanctions sanctions) {
		return new Newcomers(sanctions);
	}

	@Bean
	GroupPosts groupPosts(PeerGroups groups, GroupPlaces places, Conducts conducts, Sanctions sanctions,
			Reports reports, ModeratorsProperties moderators, PersonRefs refs, ModeratorsChats moderatorsChats,
			GroupNotices notices) {
		List<InGroupCommand> commands = List.of(
				new ReportCommand(reports, sanctions, moderators, refs, moderatorsChats), new WarnCommand(sanctions),
				new MuteCommand(sanctions), new BanCommand(sanctions), new UnbanCommand(sanctions),
				new RulesCommand(sanctions, notices));
		return new GroupPosts(groups, places, conducts, sanctions, commands);
	}

	@Bean
	Command reportCommandEntry() {
		return Command.of("report", 10, false, ModerationTexts::get, Audience.GROUP_MEMBER);
	}

	@Bean
	Command warnCommandEntry() {
		return Command.of("warn", 20, false, ModerationTexts::get, Audience.MODERATOR);
	}

	@Bean
	Command muteCommandEntry() {
		return Command.of("mute", 21, false, ModerationTexts::get, Audience.MODERATOR);
	}

	@Bean
	Command banCommandEntry() {
		return Command.of("ban", 22, false, ModerationTexts::get, Audience.MODERATOR);
	}

	@Bean
	Command unbanCommandEntry() {
		return Command.of("unban", 23, false, ModerationTexts::get, Audience.MODERATOR);
	}

	@Bean
	Command rulesCommandEntry() {
		return Command.of("rules", 24, false, ModerationTexts::get, Audience.MODERATOR);
	}

	@Bean
	ReportButtons reportButtons(Reports reports, PeerGroups groups, Sanctions sanctions,
			ModeratorsProperties moderators, ModeratorsChats moderatorsChats) {
		return new ReportButtons(reports, groups, sanctions, moderators, moderatorsChats);
	}

	@Bean
	AnonCommand anonCommand(PeerGroups groups, GroupPlaces places, Participants participants, Conducts conducts,
			Sanctions sanctions) {
		return new AnonCommand(groups, places, participants, conducts, sanctions);
	}

	@Bean
	Command anonCommandEntry() {
		return Command.of(AnonCommand.NAME, 61, false, ModerationTexts::get, Audience.PARTICIPANT);
	}

	@Bean
	TelegramBans telegramBans(PeerGroups groups, Placement placement, Sanctions sanctions) {
		return new TelegramBans(groups, placement, sanctions);
	}

	@Bean
	ModerationMigration moderationMigration(ModerationLog log, Conducts conducts) {
		return new ModerationMigration(log, conducts);
	}

	@Bean
	ModerationData moderationData(Conducts conducts, Reports reports, ModerationLog log) {
		return new ModerationData(conducts, reports, log);
	}

}
