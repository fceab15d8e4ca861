package org.peersupport.conversation;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

import org.peersupport.leases.ItemLeases;
import org.peersupport.messaging.Outbox;
import org.peersupport.participants.GeneratedSecrets;
import org.peersupport.participants.Programmes;
import org.peersupport.participants.VolunteerSkills;
import org.peersupport.safety.Handoff;
import org.peersupport.scripts.RuntimeTexts;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Wires the conversation runtime: script catalog, signer, runtime, its handlers and the
 * idle job.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ConversationProperties.class)
class ConversationConfiguration {

	@Bean
	ShownAnswers shownAnswers(ScriptCatalog scripts, Programmes programmes, VolunteerSkills skills, Clock clock) {
		return new ShownAnswers(scripts, new ChoiceSources(programmes, skills, clock));
	}

	@Bean
	ConversationData conversationData(Conversations conversations, ShownAnswers answers) {
		return new ConversationData(conversations, answers);
	}

	@Bean
	Conversations conversations(MongoOperations mongo) {
		return new Conversations(mongo);
	}

	@Bean
	ScriptActions scriptActions(List<ScriptAction> actions) {
		return new ScriptActions(actions);
	}

	@Bean
	ScriptCatalog scriptCatalog(MongoOperations mongo, ScriptActions actions,
			ObjectProvider<ScriptRequirement> requirements, ConversationProperties properties, Clock clock) {
		ScriptCatalog catalog = new ScriptCatalog(mongo, actions.names(), requirements.orderedStream().toList(), clock,
				properties.publishedCacheTtl());
		catalog.seedDefaults();
		return catalog;
	}

	@Bean
	CallbackSigner callbackSigner(ConversationProperties properties, GeneratedSecrets secrets) {
		String configured = properties.signingKey();
		byte[] key = (configured != null && !configured.isBlank()) ? configured.getBytes(StandardCharsets.UTF_8)
				: secrets.secret("conversation.signing-key");
		return new CallbackSigner(key);
	}

	@Bean
	Confirmations confirmations(MongoOperations mongo, Outbox outbox, ConversationProperties properties, Clock clock) {
		return new Confirmations(mongo, outbox, properties.confirmationTtl(), clock);
	}

	@Bean
	ConversationRuntime conversationRuntime(Conversations conversations, ScriptCatalog catalog, CallbackSigner signer,
			Programmes programmes, VolunteerSkills skills, ScriptActions actions, Handoff handoff,
			ConversationProperties properties, Outbox outbox, Clock clock) {
		Prompts prompts = new Prompts(signer, RuntimeTexts.bundled());
		StepRunner steps = new StepRunner(prompts, new ChoiceSources(programmes, skills, clock), actions,
				new ProgrammeFacts(programmes));
		return new ConversationRuntime(conversations, catalog, steps, prompts, handoff, properties, outbox, clock);
	}

	@Bean
	ConversationChoices conversationChoices(Conversations conversations) {
		return new ConversationChoices(conversations);
	}

	@Bean
	ConversationMessages conversationMessages(ConversationRuntime runtime) {
		return new ConversationMessages(runtime);
	}

	@Bean
	ConversationButtons conversationButtons(ConversationRuntime runtime) {
		return new ConversationButtons(runtime);
	}

	@Bean
	IdleConversations idleConversations(Conversations conversations, Outbox outbox, ItemLeases leases,
			ConversationProperties properties, ScriptCatalog catalog, Clock clock) {
		return new IdleConversations(conversations, outbox, leases, properties.idleTimeout(), clock,
				(conversation) -> catalog.version(conversation.scriptId(), conversation.scriptVersion())
					.plainLanguage());
	}

	@Bean
	JobDetail idleConversationsJob() {
		return JobBuilder.newJob(IdleConversationsJob.class).withIdentity("idle-conversations").storeDurably().build();
	}

	@Bean
	Trigger idleConversationsTrigger(JobDetail idleConversationsJob, ConversationProperties properties) {
		return TriggerBuilder.newTrigger()
			.forJob(idleConversationsJob)
			.withIdentity("idle-conversations")
			.withSchedule(SimpleScheduleBuilder.simpleSchedule()
				.withIntervalInMilliseconds(properties.idleCheckInterval().toMillis())
				.repeatForever())
			.build();
	}

}
