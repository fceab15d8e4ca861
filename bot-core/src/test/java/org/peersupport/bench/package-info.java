/**
 * The throughput benchmark (run with {@code -Pbench}): the full bot against a bare
 * TelegramBots long-polling echo on the Bot API emulator.
 */
package org.peersupport.bench;
