package org.peersupport.safety;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;

import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * Runs {@link AlertRepeats} on Quartz's schedule
 * ({@code peer.moderators.alerts.repeat-check}).
 */
@DisallowConcurrentExecution
class AlertRepeatsJob extends QuartzJobBean {

	private final AlertRepeats repeats;

	AlertRepeatsJob(AlertRepeats repeats) {
		this.repeats = repeats;
	}

	@Override
	protected void executeInternal(JobExecutionContext context) {
		this.repeats.repeatDue();
	}

}
