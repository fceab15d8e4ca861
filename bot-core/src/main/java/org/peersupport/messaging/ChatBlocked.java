package org.peersupport.messaging;

import java.time.Instant;

/**
 * The bot learnt that it cannot reach a person's private chat: Telegram answered 403 to a
 * send, or told that the person blocked the bot. Published before the chat is marked
 * unreachable, so work cut short between the two publishes it again, and again whenever a
 * call to the chat is dropped as unreachable: listeners act on it idempotently.
 *
 * @param chatId the person's private chat
 * @param at when the bot learnt it
 */
public record ChatBlocked(long chatId, Instant at) {

}
