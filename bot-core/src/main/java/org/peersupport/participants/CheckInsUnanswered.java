package org.peersupport.participants;

import java.time.Instant;

/**
 * A participant has left several check-ins in a row unanswered, a gentle reminder among
 * them: safeguarding alerts the team, once per run of silence.
 *
 * @param chatId the participant's private chat
 * @param programme the participant's programme, or null if not known
 * @param unanswered how many prompts in a row went unanswered
 * @param at the occurrence of the prompt that found them unanswered; the same on every
 * run of the job that handles it, since the alert is stored under it once
 */
public record CheckInsUnanswered(long chatId, String programme, int unanswered, Instant at) {

}
