package org.peersupport.checkins;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;

import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * Runs {@link DueCheckIns#sendDue()} on Quartz's schedule.
 */
@DisallowConcurrentExecution
class CheckInsJob extends QuartzJobBean {

	private final DueCheckIns due;

	CheckInsJob(DueCheckIns due) {
		this.due = due;
	}

	@Override
	protected void executeInternal(JobExecutionContext context) {
		this.due.sendDue();
	}

}
