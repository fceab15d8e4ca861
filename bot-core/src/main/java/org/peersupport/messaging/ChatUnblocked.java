package org.peersupport.messaging;

import java.time.Instant;

/**
 * A person whose private chat the bot could not reach wrote to it, pressed a button or
 * unblocked it: the bot reaches them again. Published before the chat is marked
 * reachable, so an update handled again publishes it again; once per return.
 *
 * @param chatId the person's private chat
 * @param at when the bot learnt it
 */
public record ChatUnblocked(long chatId, Instant at) {

}
