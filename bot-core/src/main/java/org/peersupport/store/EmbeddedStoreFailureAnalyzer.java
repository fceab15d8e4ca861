package org.peersupport.store;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Reports an embedded store that cannot start as a short description and action. */
class EmbeddedStoreFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedStoreException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedStoreException cause) {
		return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
	}

}
