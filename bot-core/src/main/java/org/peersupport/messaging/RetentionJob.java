package org.peersupport.messaging;

import java.time.Clock;
import java.time.Instant;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * Forgets what the update path no longer needs: ids of handled updates past the
 * de-duplication window, and sent or cancelled calls past the same window (TTL indexes do
 * not work on the embedded store).
 */
@DisallowConcurrentExecution
class RetentionJob extends QuartzJobBean {

	private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

	private final Inbox inbox;

	private final Outbox outbox;

	private final MessagingProperties properties;

	private final Clock clock;

	RetentionJob(Inbox inbox, Outbox outbox, MessagingProperties properties, Clock clock) {
		this.inbox = inbox;
		this.outbox = outbox;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	protected void executeInternal(JobExecutionContext context) {
		Instant cutoff = this.clock.instant().minus(this.properties.dedupRetention());
		long updates = this.inbox.purgeHandledBefore(cutoff);
		long calls = this.outbox.purgeFinishedBefore(cutoff);
		log.info("Retention: forgot {} handled update ids and {} finished outgoing calls", updates, calls);
	}

}
