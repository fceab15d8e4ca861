package org.peersupport.conversation;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;

import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * Runs {@link IdleConversations#pauseIdle()} on Quartz's schedule.
 */
@DisallowConcurrentExecution
class IdleConversationsJob extends QuartzJobBean {

	private final IdleConversations idle;

	IdleConversationsJob(IdleConversations idle) {
		this.idle = idle;
	}

	@Override
	protected void executeInternal(JobExecutionContext context) {
		this.idle.pauseIdle();
	}

}
