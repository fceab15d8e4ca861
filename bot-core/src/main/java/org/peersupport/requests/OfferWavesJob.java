package org.peersupport.requests;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;

import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * Runs {@link RequestOffers#sendDue()} on Quartz's schedule.
 */
@DisallowConcurrentExecution
class OfferWavesJob extends QuartzJobBean {

	private final RequestOffers offers;

	OfferWavesJob(RequestOffers offers) {
		this.offers = offers;
	}

	@Override
	protected void executeInternal(JobExecutionContext context) {
		this.offers.sendDue();
	}

}
