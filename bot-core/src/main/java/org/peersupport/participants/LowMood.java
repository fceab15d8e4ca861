package org.peersupport.participants;

import java.time.Instant;

/**
 * A participant answered a check-in with the lowest mood (1 of 5): a crisis signal that
 * safeguarding answers with the lines to call and an alert for the team.
 *
 * @param chatId the participant's private chat
 * @param programme the participant's programme, or null if not known
 * @param at when the answer was given; the same on every run of the update that carried
 * it (the answer's stored time), since the crisis answer to it is stored under it once
 */
public record LowMood(long chatId, String programme, Instant at) {

}
