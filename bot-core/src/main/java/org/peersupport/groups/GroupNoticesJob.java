package org.peersupport.groups;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;

import org.springframework.scheduling.quartz.QuartzJobBean;

/** Runs {@link GroupNotices#deleteDue} on Quartz's schedule. */
@DisallowConcurrentExecution
class GroupNoticesJob extends QuartzJobBean {

	private final GroupNotices notices;

	GroupNoticesJob(GroupNotices notices) {
		this.notices = notices;
	}

	@Override
	protected void executeInternal(JobExecutionContext context) {
		this.notices.deleteDue();
	}

}
