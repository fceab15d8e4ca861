package org.peersupport.requests;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;

import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * Runs {@link SilenceReminders#sendDue()} on Quartz's schedule.
 */
@DisallowConcurrentExecution
class SilenceRemindersJob extends QuartzJobBean {

	private final SilenceReminders reminders;

	SilenceRemindersJob(SilenceReminders reminders) {
		this.reminders = reminders;
	}

	@Override
	protected void executeInternal(JobExecutionContext context) {
		this.reminders.sendDue();
	}

}
