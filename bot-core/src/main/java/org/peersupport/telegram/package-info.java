/**
 * The Telegram edge: turns TelegramBots updates into inbound events (polling or webhook)
 * and performs the outbox's calls with the TelegramBots client.
 */
package org.peersupport.telegram;
