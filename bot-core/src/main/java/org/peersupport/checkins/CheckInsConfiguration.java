package org.peersupport.checkins;

import java.time.Clock;

import com.github.benmanes.caffeine.cache.Ticker;
import org.peersupport.conversation.CallbackSigner;
import org.peersupport.conversation.ConversationRuntime;
import org.peersupport.conversation.ScriptCatalog;
import org.peersupport.leases.ItemLeases;
import org.peersupport.messaging.Audience;
import org.peersupport.messaging.Command;
import org.peersupport.messaging.InboundHandler;
import org.peersupport.messaging.Outbox;
import org.peersupport.participants.Participants;
import org.peersupport.participants.Programmes;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Wires the check-in schedules, the job that sends due prompts, the answers' buttons and
 * what {@code /mydata} shows.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CheckInsProperties.class)
class CheckInsConfiguration {

	private static final Logger log = LoggerFactory.getLogger(CheckInsConfiguration.class);

	@Bean
	CheckInPlans checkInPlans(MongoOperations mongo, CheckInsProperties properties) {
		return new CheckInPlans(mongo, properties, properties.settingsCache(), Ticker.systemTicker());
	}

	@Bean
	CheckInPlanChanges checkInPlanChanges(CheckInPlans plans, Schedules schedules, Clock clock) {
		return new CheckInPlanChanges(plans, schedules, clock);
	}

	@Bean
	Schedules checkInSchedules(MongoOperations mongo, Programmes programmes, CheckInsProperties properties,
			CheckInPlans plans, ItemLeases leases, Clock clock) {
		Schedules schedules = new Schedules(mongo, programmes, properties, plans, leases);
		int started = schedules.startMissing(clock.instant());
		if (started > 0) {
			log.info("Started the check-ins of {} participants who had none", started);
		}
		return schedules;
	}

	@Bean
	MoodPoints moodPoints(MongoOperations mongo) {
		return new MoodPoints(mongo);
	}

	@Bean
	CheckInScript checkInScript(ScriptCatalog catalog) {
		return new CheckInScript(catalog);
	}

	@Bean
	Prompts checkInPrompts(Participants participants, Programmes programmes, CallbackSigner signer,
			CheckInScript script) {
		return new Prompts(participants, programmes, signer, script);
	}

	@Bean
	RecordMood recordMood(MoodPoints moods, Schedules schedules, Participants participants,
			ApplicationEventPublisher events, Clock clock) {
		return new RecordMood(moods, schedules, participants, events, clock);
	}

	@Bean
	CheckInRequirement checkInRequirement() {
		return new CheckInRequirement();
	}

	@Bean
	KeepWord keepWord(MoodPoints moods) {
		return new KeepWord(moods);
	}

	@Bean
	DueCheckIns dueCheckIns(Schedules schedules, Prompts prompts, Outbox outbox, ItemLeases leases,
			CheckInsProperties properties, CheckInPlans plans, ApplicationEventPublisher events, Clock clock) {
		return new DueCheckIns(schedules, prompts, outbox, leases, properties.window(), plans::ladderOf, events, clock);
	}

	@Bean
	HeldWhileBlocked checkInsWhileBlocked(Schedules schedules, Clock clock) {
		return new HeldWhileBlocked(schedules, clock);
	}

	@Bean
	ScheduleOnOnboarding scheduleOnOnboarding(Schedules schedules, Participants participants) {
		return new ScheduleOnOnboarding(schedules, participants);
	}

	@Bean
	CheckInButtons checkInButtons(Prompts prompts, MoodPoints moods, Schedules schedules, Participants participants,
			MongoOperations mongo, ApplicationEventPublisher events, Clock clock, CheckInScript script,
			ConversationRuntime runtime) {
		return new CheckInButtons(prompts, moods, schedules, participants, mongo, events, clock, script, runtime);
	}

	@Bean
	WordOfTheDay checkInWord(MoodPoints moods, Prompts prompts, MongoOperations mongo, Clock clock) {
		return new WordOfTheDay(moods, prompts, mongo, clock);
	}

	@Bean
	CheckInSettings checkInSettings(Schedules schedules, Prompts prompts, CallbackSigner signer,
			CheckInsProperties properties, Clock clock) {
		return new CheckInSettings(schedules, prompts, signer, properties, clock);
	}

	@Bean
	InboundHandler checkInsCommand(CheckInSettings settings) {
		return settings.command();
	}

	@Bean
	InboundHandler checkInSettingsButtons(CheckInSettings settings) {
		return settings.buttons();
	}

	@Bean
	Command checkInsCommandEntry() {
		return Command.of(CheckInSettings.NAME, 55, true, CheckInTexts::get, Audience.PARTICIPANT);
	}

	@Bean
	InboundHandler moodCommand(MoodPoints moods, Prompts prompts, Clock clock) {
		return new MoodCommand(moods, prompts, clock);
	}

	@Bean
	Command moodCommandEntry() {
		return Command.of(MoodCommand.NAME, 56, true, CheckInTexts::get, Audience.PARTICIPANT);
	}

	@Bean
	CheckInOverview checkInOverview(Schedules schedules, MoodPoints moods, Clock clock) {
		return new CheckInOverview(schedules, moods, clock);
	}

	@Bean
	CheckInData checkInData(Schedules schedules, MoodPoints moods, MongoOperations mongo) {
		return new CheckInData(schedules, moods, mongo);
	}

	@Bean
	JobDetail checkInsJob() {
		return JobBuilder.newJob(CheckInsJob.class).withIdentity("check-ins").storeDurably().build();
	}

	@Bean
	Trigger checkInsTrigger(JobDetail checkInsJob, CheckInsProperties properties) {
		return TriggerBuilder.newTrigger()
			.forJob(checkInsJob)
			.withIdentity("check-ins")
			.withSchedule(SimpleScheduleBuilder.simpleSchedule()
				.withIntervalInMilliseconds(properties.interval().toMillis())
				.repeatForever())
			.build();
	}

}
