package org.peersupport.web.participants;

import java.time.Instant;

import org.peersupport.participants.ParticipantStanding;
import org.peersupport.participants.ParticipantSummary;

/**
 * A row of the participants list: what {@link ParticipantSummary} holds, with the
 * programme's name in the viewer's language.
 */
record ParticipantRow(String ref, String pseudonym, String programmeName, ParticipantStanding standing,
		Instant onboardedAt, Instant waitingSince) {

	static ParticipantRow of(ParticipantSummary summary, String programmeName) {
		return new ParticipantRow(summary.ref(), summary.pseudonym(), programmeName, summary.standing(),
				summary.onboardedAt(), summary.waitingSince());
	}

}
