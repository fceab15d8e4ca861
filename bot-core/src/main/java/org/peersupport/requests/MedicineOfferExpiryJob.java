package org.peersupport.requests;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;

import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * Runs {@link MedicineOfferExpiry#expireDue()} on Quartz's schedule.
 */
@DisallowConcurrentExecution
class MedicineOfferExpiryJob extends QuartzJobBean {

	private final MedicineOfferExpiry expiry;

	MedicineOfferExpiryJob(MedicineOfferExpiry expiry) {
		this.expiry = expiry;
	}

	@Override
	protected void executeInternal(JobExecutionContext context) {
		this.expiry.expireDue();
	}

}
