package org.peersupport.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobKey;
import org.quartz.JobListener;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.impl.matchers.GroupMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.peersupport.BotTestApplication;
import org.peersupport.e2e.EchoConversation;
import org.peersupport.messaging.InboundHandler;
import org.peersupport.sandbox.BotApiEmulator;
import org.peersupport.sandbox.BotMessage;
import org.peersupport.sandbox.SandboxUsers;
import org.peersupport.store.EmbeddedMongo;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

import static org.awaitility.Awaitility.await;

/**
 * The whole bot on an H2 data file with the echo conversation and a clock the soak moves:
 * its Quartz jobs run when {@link #runJobs} says, a person erases themselves through the
 * emulator with {@code /forget}.
 */
final class SoakBot implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(SoakBot.class);

	static final String TOKEN = "4242:bench-token";

	/** Marks the runs {@link #runJobs} asked for. */
	private static final String MARK = "soak-run";

	private static final String ERASE = "Yes, erase everything";

	private static final String ERASED = "Done: everything we kept about you has been erased.";

	private final ConfigurableApplicationContext context;

	private final BotApiEmulator emulator;

	private final AtomicInteger manualRuns = new AtomicInteger();

	private final AtomicInteger failedRuns = new AtomicInteger();

	private SoakBot(ConfigurableApplicationContext context, BotApiEmulator emulator) {
		this.context = context;
		this.emulator = emulator;
	}

	static SoakBot start(BotApiEmulator emulator, Path dataDir, Clock clock) throws SchedulerException {
		String[] args = { "--peer.telegram.token=" + TOKEN, "--peer.telegram.api-url=" + emulator.baseUrl(),
				"--peer.telegram.poll-timeout=1s", "--spring.quartz.auto-startup=false",
				"--peer.messaging.rate.enabled=false", "--spring.main.banner-mode=off", "--logging.level.root=WARN",
				// one warning per secondary index at every rewrite
				"--logging.level.de.bwaldvogel.mongo.backend=ERROR", "--peer.store.embedded=h2",
				"--peer.store.data-dir=" + dataDir };
		ConfigurableApplicationContext context = new SpringApplicationBuilder(BotTestApplication.class)
			.web(WebApplicationType.NONE)
			.initializers((ConfigurableApplicationContext ctx) -> {
				ctx.getBeanFactory().registerSingleton("clock", clock);
				((GenericApplicationContext) ctx).registerBean("benchEcho", InboundHandler.class,
						EchoConversation::new);
			})
			.run(args);
		SoakBot bot = new SoakBot(context, emulator);
		Scheduler scheduler = context.getBean(Scheduler.class);
		scheduler.getListenerManager().addJobListener(bot.new ManualRuns());
		scheduler.start();
		return bot;
	}

	<T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	/** Runs each of the bot's Quartz jobs once now and waits until all have finished. */
	void runJobs(Duration timeout) throws SchedulerException {
		Scheduler scheduler = bean(Scheduler.class);
		Set<JobKey> jobs = scheduler.getJobKeys(GroupMatcher.anyJobGroup());
		int target = this.manualRuns.get() + jobs.size();
		for (JobKey job : jobs) {
			scheduler.triggerJob(job, new JobDataMap(Map.of(MARK, Boolean.TRUE)));
		}
		await().atMost(timeout).pollInterval(Duration.ofMillis(50)).until(() -> this.manualRuns.get() >= target);
	}

	/** How many job runs ended with an exception. */
	int failedJobRuns() {
		return this.failedRuns.get();
	}

	/** Waits until the store has rewritten its file once more; false if not in time. */
	boolean awaitRewrite(long before, Duration timeout) {
		EmbeddedMongo store = bean(EmbeddedMongo.class);
		try {
			await().atMost(timeout).pollInterval(Duration.ofMillis(50)).until(() -> store.rewrites() > before);
			return true;
		}
		catch (org.awaitility.core.ConditionTimeoutException ex) {
			return false;
		}
	}

	/**
	 * The person sends {@code /forget}, confirms, and sees that everything was erased.
	 */
	void forget(long chat) {
		SandboxUsers users = this.emulator.users();
		int seen = users.messages(chat).size();
		users.sendText(chat, "/forget", "en");
		BotMessage confirm = awaitMessage(chat, seen, (message) -> buttonData(message, ERASE) != null);
		users.press(chat, confirm.messageId(), buttonData(confirm, ERASE));
		awaitMessage(chat, seen, (message) -> message.text() != null && message.text().startsWith(ERASED));
	}

	private BotMessage awaitMessage(long chat, int from, Predicate<BotMessage> wanted) {
		return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20)).until(() -> {
			List<BotMessage> messages = this.emulator.users().messages(chat);
			return messages.subList(Math.min(from, messages.size()), messages.size())
				.stream()
				.filter(wanted)
				.findFirst()
				.orElse(null);
		}, (found) -> found != null);
	}

	private static String buttonData(BotMessage message, String label) {
		return message.buttons()
			.stream()
			.flatMap(List::stream)
			.filter((button) -> button.text().equals(label))
			.map(BotMessage.Button::data)
			.findFirst()
			.orElse(null);
	}

	@Override
	public void close() {
		this.context.close();
	}

	/** Counts the runs {@link #runJobs} asked for. */
	private final class ManualRuns implements JobListener {

		@Override
		public String getName() {
			return "soak-manual-runs";
		}

		@Override
		public void jobToBeExecuted(JobExecutionContext context) {
		}

		@Override
		public void jobExecutionVetoed(JobExecutionContext context) {
			countIfManual(context);
		}

		@Override
		public void jobWasExecuted(JobExecutionContext context, JobExecutionException failure) {
			if (failure != null) {
				SoakBot.this.failedRuns.incrementAndGet();
				log.warn("Job {} failed: {}", context.getJobDetail().getKey(), failure.getClass().getName());
			}
			countIfManual(context);
		}

		private void countIfManual(JobExecutionContext context) {
			if (context.getTrigger().getJobDataMap().containsKey(MARK)) {
				SoakBot.this.manualRuns.incrementAndGet();
			}
		}

	}

}
