package org.peersupport.silence;

import java.time.Clock;

import org.peersupport.leases.ItemLeases;
import org.peersupport.messaging.Outbox;
import org.peersupport.onboarding.Erasure;
import org.peersupport.participants.Participants;
import org.peersupport.participants.Programmes;
import org.peersupport.participants.Volunteers;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Wires the last-message record, its line in {@code /mydata} and the job that warns and
 * erases the silent.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SilenceProperties.class)
class SilenceConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SilenceConfiguration.class);

	@Bean
	Silence silence(SilenceProperties properties) {
		return new Silence(properties.eraseAfter(), properties.warnBefore());
	}

	@Bean
	LastMessages lastMessages(MongoOperations mongo, Clock clock) {
		LastMessages lastMessages = new LastMessages(mongo);
		int started = lastMessages.startMissing(clock.instant());
		if (started > 0) {
			log.info("Started the silence clock now for {} people who gave consent before it was kept", started);
		}
		return lastMessages;
	}

	@Bean
	LastMessageRecorder lastMessageRecorder(LastMessages lastMessages, Clock clock) {
		return new LastMessageRecorder(lastMessages, clock);
	}

	@Bean
	SilenceData silenceData(LastMessages lastMessages, Silence silence) {
		return new SilenceData(lastMessages, silence);
	}

	@Bean
	SilentPeople silentPeople(Participants participants, Volunteers volunteers, Programmes programmes, Outbox outbox,
			Erasure erasure, ItemLeases leases, Silence silence, Clock clock) {
		return new SilentPeople(participants, volunteers, programmes, outbox, erasure, leases, silence, clock);
	}

	@Bean
	JobDetail silenceJob() {
		return JobBuilder.newJob(SilenceJob.class).withIdentity("silence").storeDurably().build();
	}

	@Bean
	Trigger silenceTrigger(JobDetail silenceJob, SilenceProperties properties) {
		return TriggerBuilder.newTrigger()
			.forJob(silenceJob)
			.withIdentity("silence")
			.withSchedule(SimpleScheduleBuilder.simpleSchedule()
				.withIntervalInMilliseconds(properties.checkInterval().toMillis())
				.repeatForever())
			.build();
	}

}
