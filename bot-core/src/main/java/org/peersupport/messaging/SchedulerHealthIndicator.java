package org.peersupport.messaging;

import org.quartz.Scheduler;
import org.quartz.SchedulerException;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The job scheduler's health: up while it runs (or is deliberately not started), down
 * once shut down.
 */
class SchedulerHealthIndicator implements HealthIndicator {

	private final Scheduler scheduler;

	SchedulerHealthIndicator(Scheduler scheduler) {
		this.scheduler = scheduler;
	}

	@Override
	public Health health() {
		try {
			if (this.scheduler.isShutdown()) {
				return Health.down().withDetail("state", "shut down").build();
			}
			return Health.up()
				.withDetail("state", this.scheduler.isStarted() ? "started" : "standby")
				.withDetail("jobs", this.scheduler.getJobGroupNames().size())
				.build();
		}
		catch (SchedulerException ex) {
			return Health.down().withDetail("error", ex.getClass().getSimpleName()).build();
		}
	}

}
