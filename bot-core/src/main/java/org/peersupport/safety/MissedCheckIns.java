package org.peersupport.safety;

import org.peersupport.participants.CheckInsUnanswered;
import org.peersupport.participants.PersonRefs;

import org.springframework.context.event.EventListener;

/**
 * A participant left several check-ins in a row unanswered: the team is alerted, in the
 * panel and the moderators' chat, with "I take it". Stored under the prompt that found
 * them unanswered, so the same run of the job handled again sends nothing twice.
 */
class MissedCheckIns {

	private final ModeratorAlerts alerts;

	private final PersonRefs refs;

	MissedCheckIns(ModeratorAlerts alerts, PersonRefs refs) {
		this.alerts = alerts;
		this.refs = refs;
	}

	@EventListener
	void alert(CheckInsUnanswered unanswered) {
		// Named by reference: the entry to the moderators' chat stays after the person's
		// erasure, and must not carry their chat id.
		String origin = "checkins-unanswered:" + this.refs.of(unanswered.chatId()) + ":"
				+ unanswered.at().toEpochMilli();
		this.alerts.unansweredCheckIns(origin, unanswered.chatId(), unanswered.programme(), unanswered.unanswered());
	}

}
