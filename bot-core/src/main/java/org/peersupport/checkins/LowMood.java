package org.peersupport.checkins;

import java.time.Instant;

/**
 * A participant answered a check-in with the lowest mood: a crisis signal for safety to
 * act on. Published each time the answer is handled, so a listener may see one answer
 * twice after a restart: {@code chatId} and {@code occurrence} name it.
 *
 * @param chatId the participant's chat
 * @param programme their programme
 * @param occurrence the time of the prompt they answered
 * @param at when they answered
 */
public record LowMood(long chatId, String programme, Instant occurrence, Instant at) {

}
