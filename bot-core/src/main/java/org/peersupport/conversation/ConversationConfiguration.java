package org.peersupport.conversation;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.peersupport.leases.ItemLeases;
import org.peersupport.messaging.Outbox;
import org.peersupport.participants.GeneratedSecrets;
import org.peersupport.participants.Programmes;
import org.peersupport.safety.CrisisWords;
import org.peersupport.safety.ModeratorAlerts;
import org.peersupport.scripts.RuntimeTexts;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

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
	Conversations conversations(MongoOperations mongo) {
		return new Conversations(mongo);
	}

	@Bean
	ScriptCatalog scriptCatalog(MongoOperations mongo, List<ScriptAction> actions, ConversationProperties properties,
			Clock clock) {
		Set<String> bound = new HashSet<>(StepRunner.BUILT_IN);
		actions.forEach((action) -> bound.add(action.name()));
		ScriptCatalog catalog = new ScriptCatalog(mongo, bound, clock, properties.publishedCacheTtl());
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
	ConversationRuntime conversationRuntime(Conversations conversations, ScriptCatalog catalog, CallbackSigner signer,
			Programmes programmes, List<ScriptAction> actions, CrisisWords crisisWords, ModeratorAlerts alerts,
			ConversationProperties properties, Outbox outbox, Clock clock) {
		Map<String, ScriptAction> byName = actions.stream()
			.collect(Collectors.toMap(ScriptAction::name, Function.identity()));
		Prompts prompts = new Prompts(signer, RuntimeTexts.bundled());
		StepRunner steps = new StepRunner(prompts, new ChoiceSources(programmes, clock), byName, alerts, clock);
		return new ConversationRuntime(conversations, catalog, steps, prompts, crisisWords, alerts, properties, outbox,
				clock);
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
			ConversationProperties properties, Clock clock) {
		return new IdleConversations(conversations, outbox, leases, properties.idleTimeout(), clock);
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
