package org.peersupport.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.peersupport.leases.NamedLeases;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * Forgets what the update path no longer needs: ids of handled updates past the
 * de-duplication window, sent or cancelled calls past the same window, and dead letters
 * past their own (30 days by default: staff may still send them again) (TTL indexes do
 * not work on the embedded store). Of the instances that fire it each hour, the one that
 * takes the lease runs it; the lease is kept past the run, so the others skip that hour.
 */
@DisallowConcurrentExecution
class RetentionJob extends QuartzJobBean {

	private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

	static final String LEASE = "messaging-retention";

	/**
	 * Less than the hour between runs: another instance takes the job over within the
	 * hour after the holder stops.
	 */
	private static final Duration LEASE_TIME = Duration.ofMinutes(50);

	private final Inbox inbox;

	private final Outbox outbox;

	private final NamedLeases leases;

	private final MessagingProperties properties;

	private final Clock clock;

	RetentionJob(Inbox inbox, Outbox outbox, NamedLeases leases, MessagingProperties properties, Clock clock) {
		this.inbox = inbox;
		this.outbox = outbox;
		this.leases = leases;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	protected void executeInternal(JobExecutionContext context) {
		if (!this.leases.tryAcquire(LEASE, LEASE_TIME)) {
			log.debug("Retention ran on another instance within the hour");
			return;
		}
		Instant cutoff = this.clock.instant().minus(this.properties.dedupRetention());
		long updates = this.inbox.purgeHandledBefore(cutoff);
		long calls = this.outbox.purgeFinishedBefore(cutoff);
		long dead = this.outbox.purgeDeadBefore(this.clock.instant().minus(this.properties.deadLetterRetention()));
		log.info("Retention: forgot {} handled update ids, {} finished outgoing calls and {} old dead letters", updates,
				calls, dead);
	}

}
