package org.peersupport.silence;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;

import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * Runs {@link SilentPeople}: warnings first, then erasures, on Quartz's schedule.
 */
@DisallowConcurrentExecution
class SilenceJob extends QuartzJobBean {

	private final SilentPeople silent;

	SilenceJob(SilentPeople silent) {
		this.silent = silent;
	}

	@Override
	protected void executeInternal(JobExecutionContext context) {
		this.silent.warnDue();
		this.silent.eraseDue();
	}

}
