package org.peersupport.messaging;

/**
 * Names an outbox entry, so a later call can refer to the message it sends.
 */
public record OutboxRef(String entryId) {
}
