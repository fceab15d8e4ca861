package org.peersupport.participants;

import java.time.Instant;

/**
 * A person's data was erased at their request ({@code /forget}); features that keep
 * anything about the chat erase it too.
 */
public record PersonForgotten(long chatId, Instant at) {

}
