package org.peersupport.web.security;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * Forgets sign-in windows and locks that have ended (TTL indexes do not work on the
 * embedded store), so guesses at many names leave nothing behind for long.
 */
@DisallowConcurrentExecution
class LoginLockPurgeJob extends QuartzJobBean {

	private static final Logger log = LoggerFactory.getLogger(LoginLockPurgeJob.class);

	private final LoginLockout lockout;

	LoginLockPurgeJob(LoginLockout lockout) {
		this.lockout = lockout;
	}

	@Override
	protected void executeInternal(JobExecutionContext context) {
		long purged = this.lockout.purgeEnded();
		if (purged > 0) {
			log.info("Forgot {} ended sign-in windows and locks", purged);
		}
	}

}
