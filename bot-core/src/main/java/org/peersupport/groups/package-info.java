/**
 * Peer groups: Telegram groups where the bot is an administrator, registered when the bot
 * is added and activated by a moderator with a programme, language, capacity and rules.
 */
package org.peersupport.groups;
