package org.peersupport.safety;

import java.time.Clock;

import com.github.benmanes.caffeine.cache.Ticker;
import org.peersupport.leases.ItemLeases;
import org.peersupport.messaging.Outbox;
import org.peersupport.participants.Participants;
import org.peersupport.participants.PersonRefs;
import org.peersupport.participants.Volunteers;
import org.peersupport.participants.Programmes;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

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
	CrisisWordLists crisisWordLists(MongoOperations mongo, SafetyProperties properties, Clock clock) {
		return new CrisisWordLists(mongo, properties.crisisWords(), clock, properties.crisisWordsCache(),
				Ticker.systemTicker());
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
	AlertData alertData(Alerts alerts, BlockedParticipants blocked) {
		return new AlertData(alerts, blocked);
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
	AlertTaking alertTaking(Alerts alerts, Outbox outbox, ModeratorsProperties moderators, Programmes programmes) {
		return new AlertTaking(alerts, outbox, moderators, programmes);
	}

	@Bean
	TakeButton takeButton(ModeratorsProperties moderators, AlertTaking taking, Alerts alerts,
			ObjectProvider<StaffChats> staffChats) {
		return new TakeButton(moderators, taking, alerts, staffChats.orderedStream().toList());
	}

	@Bean
	TalkButton talkButton(ModeratorAlerts alerts, ObjectProvider<TalkToAPerson> talk, Participants participants,
			Programmes programmes) {
		return new TalkButton(alerts, talk, participants, programmes);
	}

	@Bean
	LowMoodAnswer lowMoodAnswer(Participants participants, Hotline hotline, ModeratorAlerts alerts, Outbox outbox,
			PersonRefs refs) {
		return new LowMoodAnswer(participants, hotline, alerts, outbox, refs);
	}

	@Bean
	MissedCheckIns missedCheckIns(ModeratorAlerts alerts, PersonRefs refs) {
		return new MissedCheckIns(alerts, refs);
	}

	@Bean
	BlockedParticipants blockedParticipants(MongoOperations mongo, Participants participants, ModeratorAlerts alerts,
			PersonRefs refs) {
		return new BlockedParticipants(mongo, participants, alerts, refs);
	}

	@Bean
	AlertRepeats alertRepeats(ItemLeases leases, Outbox outbox, ModeratorsProperties moderators, Clock clock) {
		return new AlertRepeats(leases, outbox, moderators, clock);
	}

	@Bean
	JobDetail alertRepeatsJob() {
		return JobBuilder.newJob(AlertRepeatsJob.class).withIdentity("alert-repeats").storeDurably().build();
	}

	@Bean
	Trigger alertRepeatsTrigger(JobDetail alertRepeatsJob, ModeratorsProperties moderators) {
		return TriggerBuilder.newTrigger()
			.forJob(alertRepeatsJob)
			.withIdentity("alert-repeats")
			.withSchedule(SimpleScheduleBuilder.simpleSchedule()
				.withIntervalInMilliseconds(moderators.alerts().repeatCheck().toMillis())
				.repeatForever())
			.build();
	}

	@Bean
	CrisisCheck crisisCheck(CrisisWordLists words, Participants participants, ObjectProvider<ChosenSoFar> chosen,
			Hotline hotline, ModeratorAlerts alerts, ModeratorsProperties moderators,
			ObjectProvider<StaffChats> staffChats) {
		return new CrisisCheck(words, participants, chosen.orderedStream().toList(), hotline, alerts, moderators,
				staffChats.orderedStream().toList());
	}

}
