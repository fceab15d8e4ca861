/**
 * End-to-end tests: the whole bot driven as Telegram users through the Bot API emulator
 * and the real TelegramBots client, with the store read back to check what was kept.
 */
package org.peersupport.e2e;
