package org.peersupport.messaging;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.MeterRegistry;
import org.peersupport.leases.Instances;
import org.peersupport.leases.ItemLeases;
import org.peersupport.leases.NamedLeases;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Scheduler;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Wires the update path: inbox, worker, router, outbox, sender and limiter.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MessagingProperties.class)
class MessagingConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean(destroyMethod = "shutdownNow")
	ScheduledExecutorService messagingScheduler() {
		return Executors.newSingleThreadScheduledExecutor(named("peer-messaging-timer"));
	}

	@Bean(destroyMethod = "shutdown")
	ExecutorService updateWorkers(MessagingProperties properties) {
		return workerPool(properties.workers(), "peer-update-");
	}

	@Bean(destroyMethod = "shutdown")
	ExecutorService sendWorkers(MessagingProperties properties) {
		// Ranked: a crisis send waiting for a thread goes before bulk ones.
		ExecutorService virtual = VirtualThreads.perTaskExecutor("peer-send-");
		return (virtual != null) ? virtual : Lanes.rankedPool(properties.workers(), named("peer-send-"));
	}

	@Bean
	Inbox inbox(MongoOperations mongo, Clock clock, Instances instances, ItemLeases leases) {
		return new Inbox(mongo, clock, instances.several() ? new ChatTurns(mongo, leases) : null);
	}

	@Bean
	ChatReachability chatReachability(MongoOperations mongo, Clock clock, Instances instances,
			ApplicationEventPublisher events) {
		return new ChatReachability(mongo, clock, instances.several(), events);
	}

	@Bean
	RateLimiter rateLimiter(MessagingProperties properties, Clock clock) {
		return new RateLimiter(properties.rate(), clock);
	}

	@Bean
	OutboxStore outboxStore(MongoOperations mongo) {
		return new OutboxStore(mongo);
	}

	@Bean
	OutboxSender outboxSender(OutboxStore store, BotApiPort port, RateLimiter limiter, ChatReachability reachability,
			ExecutorService sendWorkers, ScheduledExecutorService messagingScheduler, MessagingProperties properties,
			Clock clock, ObjectProvider<MeterRegistry> meters, Instances instances, NamedLeases leases) {
		SendMetrics metrics = new SendMetrics(meters.getIfAvailable(SimpleMeterRegistry::new));
		metrics.bindDepth(store);
		return new OutboxSender(store, port, limiter, reachability, new Lanes<>(sendWorkers, messagingScheduler),
				messagingScheduler, properties, clock, metrics, instances.several() ? leases : null);
	}

	@Bean
	Outbox outbox(OutboxStore store, OutboxSender sender, Clock clock) {
		return new Outbox(store, sender, clock);
	}

	@Bean
	ReachabilityHandler reachabilityHandler(ChatReachability reachability) {
		return new ReachabilityHandler(reachability);
	}

	@Bean
	ReachedAgain reachedAgain(ChatReachability reachability) {
		return new ReachedAgain(reachability);
	}

	@Bean
	Router router(List<InboundHandler> handlers, ObjectProvider<InboundInterceptor> interceptors,
			ObjectProvider<FailureNotice> failureNotice, Commands commands) {
		Router router = new Router(handlers, interceptors.orderedStream().toList(), failureNotice
			.getIfAvailable(() -> (event) -> "Sorry, something went wrong on our side. Please try again in a moment."));
		commands.requireHandlers(router.commandNames());
		return router;
	}

	@Bean
	Commands commands(ObjectProvider<Command> commands, ObjectProvider<AudienceSource> sources) {
		return new Commands(commands.orderedStream().toList(), sources.orderedStream().toList());
	}

	@Bean
	DeepLinks deepLinks(ObjectProvider<DeepLink> links) {
		return new DeepLinks(links.orderedStream().toList());
	}

	@Bean
	InboxWorker inboxWorker(Inbox inbox, Router router, Outbox outbox, ExecutorService updateWorkers,
			ScheduledExecutorService messagingScheduler, ObjectProvider<MeterRegistry> meters, MongoOperations mongo,
			Instances instances, ItemLeases leases, MessagingProperties properties) {
		Lanes<Long> lanes = new Lanes<>(updateWorkers, messagingScheduler);
		MeterRegistry registry = meters.getIfAvailable(SimpleMeterRegistry::new);
		if (!instances.several()) {
			return new InboxWorker(inbox, router, outbox, lanes, registry);
		}
		return new InboxWorker(inbox, router, outbox, lanes, registry, new ChatTurns(mongo, leases), messagingScheduler,
				properties.sweepInterval());
	}

	@Bean
	SchedulerHealthIndicator schedulerHealthIndicator(Scheduler scheduler) {
		return new SchedulerHealthIndicator(scheduler);
	}

	@Bean
	JobDetail messagingRetentionJob() {
		return JobBuilder.newJob(RetentionJob.class).withIdentity("messaging-retention").storeDurably().build();
	}

	@Bean
	Trigger messagingRetentionTrigger(JobDetail messagingRetentionJob) {
		return TriggerBuilder.newTrigger()
			.forJob(messagingRetentionJob)
			.withIdentity("messaging-retention")
			.withSchedule(SimpleScheduleBuilder.repeatHourlyForever())
			.build();
	}

	private static ExecutorService workerPool(int size, String prefix) {
		ExecutorService virtual = VirtualThreads.perTaskExecutor(prefix);
		return (virtual != null) ? virtual : Executors.newFixedThreadPool(size, named(prefix));
	}

	private static ThreadFactory named(String prefix) {
		AtomicInteger count = new AtomicInteger();
		return (runnable) -> {
			Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

}
