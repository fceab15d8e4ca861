package org.peersupport.participants;

import java.time.Instant;

/**
 * A participant as staff lists show them: by pseudonym and pseudonymous reference, never
 * by chat id or Telegram name.
 *
 * @param ref their pseudonymous reference ({@code P-…})
 * @param pseudonym the pseudonym they chose, or null before they chose one
 * @param programme their programme key, or null before they chose one
 * @param standing where they stand
 * @param onboardedAt when they finished onboarding, or null
 * @param waitingSince since when they wait (for a group: since onboarding; for a person:
 * since their oldest call still waiting), or null when they do not wait
 */
public record ParticipantSummary(String ref, String pseudonym, String programme, ParticipantStanding standing,
		Instant onboardedAt, Instant waitingSince) {

}
