package org.peersupport.requests;

import org.peersupport.messaging.Replies;
import org.peersupport.safety.Alerts;

/**
 * Whether a request is made by a participant in crisis: the message that makes it had
 * crisis words, or a crisis alert about them still waits for the team.
 */
class CrisisFlag {

	private final Alerts alerts;

	CrisisFlag(Alerts alerts) {
		this.alerts = alerts;
	}

	boolean of(Replies replies, long chatId) {
		return replies.screening().isCrisis() || this.alerts.inCrisis(chatId);
	}

}
